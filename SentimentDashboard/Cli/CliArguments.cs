using System.Globalization;

namespace SentimentDashboard.Cli;

/// <summary>Parses <c>--name value...</c> options; a flag without values is a switch. Unknown or unused options are errors.</summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public CliArguments(IEnumerable<string> args)
    {
        List<string>? current = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var name = arg[2..];
                if (!_options.TryGetValue(name, out current))
                {
                    current = [];
                    _options[name] = current;
                }
            }
            else if (current is null)
            {
                throw new CliException($"unexpected argument '{arg}' (options start with --)");
            }
            else
            {
                current.Add(arg);
            }
        }
    }

    public bool Has(string name)
    {
        _used.Add(name);
        return _options.ContainsKey(name);
    }

    public IReadOnlyList<string> Values(string name)
    {
        _used.Add(name);
        return _options.TryGetValue(name, out var values) ? values : [];
    }

    public string? Optional(string name)
    {
        var values = Values(name);
        return values.Count switch
        {
            0 when _options.ContainsKey(name) => throw new CliException($"--{name} needs a value"),
            0 => null,
            1 => values[0],
            _ => throw new CliException($"--{name} takes one value, got {values.Count}"),
        };
    }

    public string Required(string name) => Optional(name) ?? throw new CliException($"missing --{name}");

    public double Number(string name, double fallback)
    {
        var text = Optional(name);
        if (text is null)
        {
            return fallback;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new CliException($"--{name}: '{text}' is not a number");
    }

    public int Integer(string name, int fallback)
    {
        var text = Optional(name);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new CliException($"--{name}: '{text}' is not an integer");
    }

    /// <summary>A range such as "2-5" (or a single number "3").</summary>
    public (int Min, int Max) Range(string name, (int Min, int Max) fallback)
    {
        var text = Optional(name);
        if (text is null)
        {
            return fallback;
        }

        var parts = text.Split('-');
        if (parts.Length is 1 or 2
            && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var min)
            && int.TryParse(parts[^1], CultureInfo.InvariantCulture, out var max))
        {
            return (min, max);
        }

        throw new CliException($"--{name}: '{text}' is not a range like 2-5");
    }

    /// <summary>Fails on options the command did not ask for, so a typo is never silently ignored.</summary>
    public void RejectUnknown()
    {
        var unknown = _options.Keys.Where(k => !_used.Contains(k)).ToArray();
        if (unknown.Length > 0)
        {
            throw new CliException($"unknown option --{unknown[0]}");
        }
    }
}
