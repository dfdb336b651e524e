using SentimentDashboard.Api;

namespace SentimentDashboard.Tests.Api;

public sealed class CsvRowWriterTests
{
    private static string Write(params string?[][] rows)
    {
        var text = new StringWriter();
        var csv = new CsvRowWriter(text);
        foreach (var row in rows)
        {
            csv.WriteRow(row);
        }

        return text.ToString();
    }

    [Fact]
    public void WriteRow_PlainFields_AreWrittenAsTheyAre()
    {
        Assert.Equal("a,b,3.5\r\n", Write(["a", "b", "3.5"]));
    }

    [Fact]
    public void WriteRow_CommasQuotesAndNewlines_AreQuotedWithQuotesDoubled()
    {
        Assert.Equal(
            "\"a,b\",\"say \"\"hi\"\"\",\"line1\nline2\",\"cr\r\",\"\"\"\"\r\n",
            Write(["a,b", "say \"hi\"", "line1\nline2", "cr\r", "\""]));
    }

    [Fact]
    public void WriteRow_NullEmptyAndEdgeSpaces_AreEmptyOrQuoted()
    {
        Assert.Equal(",,\" padded \",x\r\n", Write([null, "", " padded ", "x"]));
    }

    [Fact]
    public void WriteRow_Unicode_IsKeptAsIs()
    {
        Assert.Equal("café 😂,日本\r\n", Write(["café 😂", "日本"]));
    }
}
