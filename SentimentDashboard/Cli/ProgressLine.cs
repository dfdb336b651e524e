using System.Diagnostics;
using System.Globalization;

namespace SentimentDashboard.Cli;

/// <summary>A progress line on stderr: redrawn in place on a terminal, one line every few seconds otherwise.</summary>
internal sealed class ProgressLine(TextWriter writer) : IDisposable
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly bool _terminal = ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected;
    private TimeSpan? _lastDraw;
    private bool _open;

    public void Update(string stage, int step, int total, double loss)
    {
        var interval = _terminal ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromSeconds(5);
        if (_lastDraw is { } last && _clock.Elapsed - last < interval)
        {
            return;
        }

        _lastDraw = _clock.Elapsed;
        var text = total > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{stage} {Bar(step, total)} {step}/{total} loss {loss:F4} ({_clock.Elapsed.TotalSeconds:F0} s)")
            : $"{stage}...";
        if (_terminal)
        {
            writer.Write("\r" + text.PadRight(79));
            _open = true;
        }
        else
        {
            writer.WriteLine(text);
        }
    }

    public void Done()
    {
        if (_open)
        {
            writer.WriteLine();
            _open = false;
        }
    }

    public void Dispose() => Done();

    private static string Bar(int step, int total)
    {
        const int width = 24;
        var filled = Math.Clamp(step * width / total, 0, width);
        return "[" + new string('#', filled) + new string('.', width - filled) + "]";
    }
}
