using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SentimentDashboard.Api.Keys;
using SentimentDashboard.Data;
using SentimentDashboard.Hosting;

namespace SentimentDashboard.Accounts;

public static class AccountsExtensions
{
    /// <summary>Chooses, per request, between the API key (when the header is sent) and the sign-in cookie.</summary>
    private const string CookieOrKey = "CookieOrApiKey";

    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddOptions<AccountOptions>().BindSettings(AccountOptions.Section);
        services.AddOptions<SecurityOptions>().BindSettings(SecurityOptions.Section);
        services.AddSingleton<SetupLink>();
        services.AddSingleton<AccountSignals>();
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<UserAdministration>();
        // Identity's stores take the context from the request's scope; the rest of the app uses the pooled factory.
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContext());

        services.AddDataProtection().SetApplicationName("SentimentDashboard");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>, KeysBesideDatabase>();
        // Linux has no key encryptor but a certificate; the folder's permissions protect the keys, as they do the database.
        services.AddLogging(logging => logging.AddFilter("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogLevel.Error));
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, AccountStateProvider>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieOrKey;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddPolicyScheme(CookieOrKey, CookieOrKey, options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.Header)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SecurityOptions>>((cookie, security) => ConfigureCookie(cookie, security.Value));
        // Every request checks the session against the account, so a disabled user is out at their next request.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);

        services.AddIdentityCore<DashboardUser>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<DashboardDbContext>()
            .AddSignInManager<DashboardSignInManager>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>();
        services.AddOptions<IdentityOptions>().Configure<IOptions<SecurityOptions>>((identity, security) => ConfigureIdentity(identity, security.Value));

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(AnalystPolicy())
            .AddPolicy(Policies.Analyst, AnalystPolicy())
            .AddPolicy(Policies.Admin, policy => policy.RequireRole(Roles.Admin))
            .AddPolicy(Policies.ApiRead, policy => policy.RequireAssertion(context =>
                context.User.IsInRole(Roles.Admin) || context.User.IsInRole(Roles.Analyst) || context.User.HasClaim(ApiKeyAuthenticationHandler.ScopeClaim, "read")))
            .AddPolicy(Policies.ApiWrite, policy => policy.RequireAssertion(context =>
                context.User.IsInRole(Roles.Admin) || context.User.HasClaim(ApiKeyAuthenticationHandler.ScopeClaim, "write")));
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SecurityOptions>>((limiter, security) => SignInRateLimits.Configure(limiter, security.Value));
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<SecurityOptions>>((kestrel, security) =>
            kestrel.Limits.MaxRequestBodySize = security.Value.MaxRequestBodyKilobytes * 1024L);
        services.AddHostedService<FirstAdmin>();
        return services;
    }

    public static WebApplication UseAccounts(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAccountEndpoints();
        return endpoints;
    }

    private static Microsoft.AspNetCore.Authorization.AuthorizationPolicy AnalystPolicy() =>
        new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(Roles.Admin, Roles.Analyst).Build();

    private static void ConfigureIdentity(IdentityOptions identity, SecurityOptions security)
    {
        identity.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
        identity.User.RequireUniqueEmail = true;
        identity.Password.RequiredLength = 12;
        identity.Password.RequiredUniqueChars = 4;
        identity.Password.RequireDigit = false;
        identity.Password.RequireLowercase = false;
        identity.Password.RequireUppercase = false;
        identity.Password.RequireNonAlphanumeric = false;
        identity.Lockout.AllowedForNewUsers = true;
        identity.Lockout.MaxFailedAccessAttempts = security.LockoutFailures;
        identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(security.LockoutMinutes);
    }

    private static void ConfigureCookie(CookieAuthenticationOptions cookie, SecurityOptions security)
    {
        cookie.LoginPath = "/account/login";
        cookie.LogoutPath = "/account/logout";
        cookie.AccessDeniedPath = "/account/access-denied";
        cookie.ExpireTimeSpan = TimeSpan.FromHours(security.SessionHours);
        cookie.SlidingExpiration = true;
        cookie.Cookie.Name = "sd-session";
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Lax;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        // Scripts get a status, not the sign-in page's HTML.
        cookie.Events.OnRedirectToLogin = context => StatusOrRedirect(context, StatusCodes.Status401Unauthorized);
        cookie.Events.OnRedirectToAccessDenied = context => StatusOrRedirect(context, StatusCodes.Status403Forbidden);
    }

    private static Task StatusOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi"))
        {
            context.Response.StatusCode = status;
            return Results.Problem(
                title: status == StatusCodes.Status401Unauthorized ? "Unauthorized" : "Forbidden",
                detail: status == StatusCodes.Status401Unauthorized
                    ? $"Sign in, or send an API key in the {ApiKeyAuthenticationHandler.Header} header."
                    : "This account may not make this call.",
                statusCode: status).ExecuteAsync(context.HttpContext);
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
