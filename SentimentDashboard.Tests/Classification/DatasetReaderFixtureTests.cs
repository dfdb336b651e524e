using SentimentDashboard.Classification;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Classification;

/// <summary>Reads slices of the real datasets (Fixtures/datasets); the expected counts were taken with awk and Python's csv module.</summary>
public sealed class DatasetReaderFixtureTests
{
    [Theory]
    [InlineData("sentiment/twitter-2016train-A.tsv", "sentiment", new[] { 69, 55, 176 })]
    [InlineData("sentiment/twitter-2016test-A.tsv", "sentiment", new[] { 43, 150, 107 })]
    [InlineData("sentiment/twitter-2013train-A.tsv", "sentiment", new[] { 53, 138, 109 })]
    [InlineData("hate/val_text.txt", "hate", new[] { 171, 129 })]
    [InlineData("offensive/val_text.txt", "offensive", new[] { 199, 101 })]
    [InlineData("emotion/val_text.txt", "emotion", new[] { 123, 83, 24, 70 })]
    [InlineData("davidson/labeled_data.csv", "hate", new[] { 200, 100 })]
    [InlineData("davidson/labeled_data.csv", "offensive", new[] { 100, 200 })]
    public void Read_DatasetSlice_HasExpectedLabelCounts(string file, string task, int[] expectedCounts)
    {
        var classificationTask = ClassificationTask.Parse(task);

        var items = DatasetReader.Read(FixtureFiles.Path(["datasets", .. file.Split('/')]), classificationTask);

        var counts = new int[classificationTask.Labels.Count];
        foreach (var item in items)
        {
            counts[item.Label]++;
        }

        Assert.Equal(expectedCounts, counts);
    }

    [Fact]
    public void Read_AllSentimentSlices_LeavesNoEscapesOrCsvQuoting()
    {
        var items = Directory.GetFiles(FixtureFiles.Path("datasets", "sentiment"), "*.tsv")
            .SelectMany(path => DatasetReader.Read(path, ClassificationTask.Sentiment))
            .ToList();

        Assert.Equal(1500, items.Count);
        Assert.DoesNotContain(items, i => i.Text.Contains(@"\u", StringComparison.Ordinal) || i.Text.Contains(@"\""", StringComparison.Ordinal));
        // CSV-quoted once (2016), twice (2014) and over JSON escapes (2013).
        Assert.Contains(items, i => i.Text.EndsWith("Or as I like to call it \"Legal Mexico\"", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Text.Contains("known as \"Matt Cain Day.\" #SFGiants", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Text.StartsWith("Why is \"Happy Valentines Day\" trending? It\u2019s on the 14th", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_DavidsonSlice_KeepsTweetsThatSpanLines()
    {
        var items = DatasetReader.Read(FixtureFiles.Path("datasets", "davidson", "labeled_data.csv"), ClassificationTask.Hate);

        Assert.Equal(24, items.Count(i => i.Text.Contains('\n', StringComparison.Ordinal)));
    }
}
