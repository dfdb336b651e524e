using System.Reflection;
using Microsoft.Extensions.Options;

namespace SentimentDashboard.Hosting;

/// <summary>
/// Binds a configuration section as BindConfiguration does, except that a value of the wrong type (a word where a
/// number goes) is an <see cref="OptionsValidationException"/> saying which setting takes what, so it is reported with
/// the other invalid settings instead of as the binder's exception.
/// </summary>
internal static class SettingsBinder
{
    public static void Bind<TOptions>(TOptions options, string name, IConfigurationSection section)
        where TOptions : class
    {
        try
        {
            section.Bind(options);
        }
        catch (InvalidOperationException e) when (e.InnerException is ArgumentException or FormatException)
        {
            throw new OptionsValidationException(name, typeof(TOptions), [.. Failures(typeof(TOptions), section).DefaultIfEmpty(e.Message)]);
        }
    }

    /// <summary>Each setting of the section whose value does not convert to its property's type.</summary>
    private static IEnumerable<string> Failures(Type type, IConfigurationSection section)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var setting = section.GetSection(property.Name);
            if (setting.Value is not null && !Converts(setting, property.PropertyType))
            {
                yield return $"{setting.Path} '{setting.Value}': expected {Expected(property.PropertyType)}";
            }
        }
    }

    private static bool Converts(IConfigurationSection setting, Type type)
    {
        try
        {
            setting.Get(type);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static string Expected(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying switch
        {
            { IsEnum: true } => $"one of {string.Join(", ", Enum.GetNames(underlying))}",
            _ when underlying == typeof(bool) => "true or false",
            _ when underlying == typeof(int) || underlying == typeof(long) => "a whole number",
            _ when underlying == typeof(double) => "a number such as 2.5",
            _ when underlying == typeof(TimeSpan) => "a duration such as 00:00:30",
            _ => $"a value of type {underlying.Name}",
        };
    }
}
