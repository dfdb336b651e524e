using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SentimentDashboard.Hosting;

namespace SentimentDashboard.Data;

public static class DataExtensions
{
    public static IServiceCollection AddData(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<DatabaseOptions>().BindSettings(DatabaseOptions.Section);
        // Every statement at Information would drown the log: the store runs thousands a second.
        services.AddLogging(logging => logging.AddFilter(DbLoggerCategory.Database.Command.Name, LogLevel.Warning));
        services.AddSingleton<SqlitePragmaInterceptor>();
        // The Identity tables' shape (version 3 has passkeys) is read from these options when the model is built, so
        // every host that opens the database sets it, not only the web app.
        services.Configure<IdentityOptions>(identity => identity.Stores.SchemaVersion = IdentitySchemaVersions.Version3);
        services.AddPooledDbContextFactory<DashboardDbContext>((provider, builder) => builder
            .UseSqlite(provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString)
            .AddInterceptors(provider.GetRequiredService<SqlitePragmaInterceptor>()));
        services.AddSingleton<DatabaseInitializer>();
        services.AddHostedService(provider => provider.GetRequiredService<DatabaseInitializer>());
        return services;
    }
}
