using System.Text;
using SentimentDashboard.Monitoring.Replay;

namespace SentimentDashboard.Tests.Monitoring.Replay;

public sealed class Utf8LineReaderTests
{
    private static List<string?> ReadAll(string text, int maxLineBytes = 1024)
    {
        var reader = new Utf8LineReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), maxLineBytes);
        var lines = new List<string?>();
        while (reader.TryReadLine(out var line, out var tooLong))
        {
            lines.Add(tooLong ? null : Encoding.UTF8.GetString(line));
        }

        return lines;
    }

    [Fact]
    public void TryReadLine_Splits_Lf_And_Crlf_When_Last_Line_Has_No_Break()
    {
        Assert.Equal(["a", "", "b", "c"], ReadAll("a\n\r\nb\r\nc"));
    }

    [Fact]
    public void TryReadLine_Reports_Too_Long_Line_And_Goes_On()
    {
        Assert.Equal(["short", null, "next", null], ReadAll($"short\n{new string('x', 5000)}\nnext\n{new string('y', 3000)}", maxLineBytes: 1024));
    }

    [Fact]
    public void TryReadLine_Reads_Lines_Longer_Than_Buffer_When_Within_Maximum()
    {
        var line = new string('z', 200_000);

        Assert.Equal([line, "end"], ReadAll($"{line}\nend\n", maxLineBytes: 1 << 20));
    }
}
