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
        if (Due())
        {
            Draw(total > 0
                ? string.Create(CultureInfo.InvariantCulture, $"{stage} {Bar(step, total)} {step}/{total} loss {loss:F4} ({_clock.Elapsed.TotalSeconds:F0} s)")
                : $"{stage}...");
        }
    }

    /// <summary>A transfer: bytes so far, of <paramref name="total"/> when the other side said.</summary>
    public void UpdateBytes(string stage, long done, long? total)
    {
        if (Due())
        {
            Draw(total is > 0
                ? string.Create(CultureInfo.InvariantCulture, $"{stage} {Bar(done, total.Value)} {done / 1e6:F1}/{total / 1e6:F1} MB ({_clock.Elapsed.TotalSeconds:F0} s)")
                : string.Create(CultureInfo.InvariantCulture, $"{stage} {done / 1e6:F1} MB ({_clock.Elapsed.TotalSeconds:F0} s)"));
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

    private bool Due()
    {
        var interval = _terminal ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromSeconds(5);
        if (_lastDraw is { } last && _clock.Elapsed - last < interval)
        {
            return false;
        }

        _lastDraw = _clock.Elapsed;
        return true;
    }

    private void Draw(string text)
    {
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

    private static string Bar(long step, long total)
    {
        const int width = 24;
        var filled = (int)Math.Clamp(step * width / total, 0, width);
        return "[" + new string('#', filled) + new string('.', width - filled) + "]";
    }
}
