using SentimentDashboard.Classification;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Classification;

public sealed class DatasetReaderTsvTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public void Read_TsvWithLabelNamesInAnyCase_ReturnsLabelIndices()
    {
        var path = _directory.Write("a.tsv", "1\tPositive\tgreat day\n2\tNEGATIVE\tawful\n\n3\tneutral\tok then\n");

        var items = DatasetReader.Read(path, ClassificationTask.Sentiment);

        Assert.Equal([new("great day", 2), new("awful", 0), new LabeledText("ok then", 1)], items);
    }

    [Fact]
    public void Read_TsvWithNumericLabels_AcceptsValidIndices()
    {
        var path = _directory.Write("a.tsv", "1\t2\tgreat\n2\t0\tawful");

        var items = DatasetReader.Read(path, ClassificationTask.Sentiment);

        Assert.Equal([2, 0], items.Select(i => i.Label));
    }

    [Fact]
    public void Read_TsvWithFourthColumn_IgnoresIt()
    {
        var path = _directory.Write("a.tsv", "1\tpositive\tgreat day\t\n2\tneutral\tfine\tMon Aug 24 20:27:40 +0000 2015\n");

        var items = DatasetReader.Read(path, ClassificationTask.Sentiment);

        Assert.Equal(["great day", "fine"], items.Select(i => i.Text));
    }

    [Fact]
    public void Read_TsvWithByteOrderMark_StripsIt()
    {
        var path = _directory.WriteBytes("a.tsv", [0xEF, 0xBB, 0xBF, .. "1\tpositive\tgreat"u8]);

        var items = DatasetReader.Read(path, ClassificationTask.Sentiment);

        Assert.Equal(new LabeledText("great", 2), Assert.Single(items));
    }

    [Theory]
    [InlineData(@"It\u2019s 5\u002c 6", "It\u2019s 5, 6")]
    [InlineData(@"say \""hi\"" \\ back", "say \"hi\" \\ back")]
    [InlineData(@"grin \ud83d\ude00!", "grin \U0001F600!")]
    [InlineData(@"lone \ud83d surrogate", "lone \uFFFD surrogate")]
    [InlineData(@"rock \m/ C:\path \u12 end\", @"rock \m/ C:\path \u12 end\")]
    public void Read_TsvWithJsonEscapes_DecodesOnlyUnicodeQuoteAndBackslash(string raw, string expected)
    {
        var path = _directory.Write("a.tsv", $"1\tneutral\t{raw}\n");

        var item = Assert.Single(DatasetReader.Read(path, ClassificationTask.Sentiment));

        Assert.Equal(expected, item.Text);
    }

    [Theory]
    [InlineData("\"Booked tickets for \"\"The Lighthouse Keeper\"\", at last\"", "Booked tickets for \"The Lighthouse Keeper\", at last")]
    [InlineData("\"\\\"\"\"\"The mayor fails\\u002c she says\\\"\"\"\"\"", "\"The mayor fails, she says\"")]
    [InlineData("\"Really, 1 /o\\\"", "Really, 1 /o\\")]
    [InlineData("\"Bring snacks,\" the coach says. \"It runs late\"", "\"Bring snacks,\" the coach says. \"It runs late\"")]
    [InlineData("\"RT @x: Exams on Friday", "\"RT @x: Exams on Friday")]
    public void Read_TsvWithCsvQuotedText_UnquotesOnlyWellFormedFields(string raw, string expected)
    {
        var path = _directory.Write("a.tsv", $"1\tneutral\t{raw}\t\n");

        var item = Assert.Single(DatasetReader.Read(path, ClassificationTask.Sentiment));

        Assert.Equal(expected, item.Text);
    }

    [Theory]
    [InlineData("great")]
    [InlineData("3")]
    [InlineData("-1")]
    public void Read_TsvWithUnknownLabel_ThrowsNamingFileAndLine(string label)
    {
        var path = _directory.Write("a.tsv", $"1\tpositive\tfine\n2\t{label}\tbad\n");

        var error = Assert.Throws<InvalidDataException>(() => DatasetReader.Read(path, ClassificationTask.Sentiment));

        Assert.StartsWith($"{path}:2: unknown sentiment label '{label}'", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Read_TsvLineWithoutText_ThrowsNamingFileAndLine()
    {
        var path = _directory.Write("a.tsv", "1\tpositive\n");

        var error = Assert.Throws<InvalidDataException>(() => DatasetReader.Read(path, ClassificationTask.Sentiment));

        Assert.Equal($"{path}:1: expected id<TAB>label<TAB>text", error.Message);
    }

    [Fact]
    public void Read_MissingFile_ThrowsFileNotFound()
    {
        var path = Path.Combine(_directory.Path, "nowhere", "a.tsv");

        var error = Assert.Throws<FileNotFoundException>(() => DatasetReader.Read(path, ClassificationTask.Sentiment));

        Assert.Equal($"{path}: file not found", error.Message);
    }

    public void Dispose() => _directory.Dispose();
}
