using Microsoft.Extensions.Options;

namespace SentimentDashboard.Hosting;

public static class SettingsExtensions
{
    /// <summary>
    /// Binds the options to configuration section <paramref name="section"/> and validates them when the app starts:
    /// data annotations and <see cref="System.ComponentModel.DataAnnotations.IValidatableObject"/>, and values that do
    /// not convert to their setting's type. Every failure is one line naming the setting, as
    /// <see cref="DashboardRunner"/> prints it.
    /// </summary>
    public static OptionsBuilder<TOptions> BindSettings<TOptions>(this OptionsBuilder<TOptions> builder, string section)
        where TOptions : class
    {
        builder.Services.AddSingleton<IValidateOptions<TOptions>>(
            provider => new SettingsValidator<TOptions>(builder.Name, section, provider.GetRequiredService<IConfiguration>()));
        return builder
            .Configure<IConfiguration>((options, configuration) => SettingsBinder.Bind(options, builder.Name, configuration.GetSection(section)))
            .ValidateOnStart();
    }
}
