using SentimentDashboard.Classification;

namespace SentimentDashboard.Tests.Classification;

public sealed class CsvReaderTests
{
    [Fact]
    public void Parse_QuotedFields_KeepCommasNewlinesAndQuotes()
    {
        var records = CsvReader.Parse("a,\"b,1\",\"say \"\"hi\"\"\"\r\n\"x\r\ny\",,\"\"", "t.csv");

        Assert.Equal(2, records.Count);
        Assert.Equal(["a", "b,1", "say \"hi\""], records[0].Fields);
        Assert.Equal(["x\r\ny", "", ""], records[1].Fields);
    }

    [Fact]
    public void Parse_RecordsAfterEmbeddedNewlines_KnowTheirStartLine()
    {
        var records = CsvReader.Parse("h\n\"1\n2\n3\"\n\nlast,", "t.csv");

        Assert.Equal([1, 2, 6], records.Select(r => r.Line));
        Assert.Equal(["last", ""], records[2].Fields);
    }

    [Fact]
    public void Parse_UnclosedQuote_ThrowsNamingStartLine()
    {
        var error = Assert.Throws<InvalidDataException>(() => CsvReader.Parse("a\n\"open,\nstill open", "t.csv"));

        Assert.Equal("t.csv:2: quoted field is never closed", error.Message);
    }

    [Fact]
    public void Parse_TextAfterClosingQuote_Throws()
    {
        var error = Assert.Throws<InvalidDataException>(() => CsvReader.Parse("\"a\"b,c", "t.csv"));

        Assert.Equal("t.csv:1: unexpected 'b' after a closing quote", error.Message);
    }
}
