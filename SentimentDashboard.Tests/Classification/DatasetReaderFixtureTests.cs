using SentimentDashboard.Classification;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Classification;

/// <summary>Reads the real files in ../shared/datasets; the expected counts were taken with awk and Python's csv module.</summary>
public sealed class DatasetReaderSharedDataTests
{
    [Theory]
    [InlineData("sentiment/twitter-2016train-A.tsv", "sentiment", new[] { 863, 2043, 3094 })]
    [InlineData("sentiment/twitter-2016test-A.tsv", "sentiment", new[] { 3231, 10342, 7059 })]
    [InlineData("sentiment/twitter-2013train-A.tsv", "sentiment", new[] { 1458, 4586, 3640 })]
    [InlineData("hate/train_text.txt", "hate", new[] { 5217, 3783 })]
    [InlineData("offensive/val_text.txt", "offensive", new[] { 865, 459 })]
    [InlineData("emotion/val_text.txt", "emotion", new[] { 160, 97, 28, 89 })]
    [InlineData("davidson/labeled_data.csv", "hate", new[] { 23353, 1430 })]
    [InlineData("davidson/labeled_data.csv", "offensive", new[] { 4163, 20620 })]
    public void Read_SharedDataset_HasExpectedLabelCounts(string file, string task, int[] expectedCounts)
    {
        var classificationTask = ClassificationTask.Parse(task);

        var items = DatasetReader.Read(SharedDatasets.File(file.Split('/')), classificationTask);

        var counts = new int[classificationTask.Labels.Count];
        foreach (var item in items)
        {
            counts[item.Label]++;
        }

        Assert.Equal(expectedCounts, counts);
    }

    [Fact]
    public void Read_AllSentimentFiles_LeavesNoEscapesOrCsvQuoting()
    {
        var items = Directory.GetFiles(SharedDatasets.File("sentiment"), "*.tsv")
            .SelectMany(path => DatasetReader.Read(path, ClassificationTask.Sentiment))
            .ToList();

        Assert.Equal(50_334, items.Count);
        Assert.DoesNotContain(items, i => i.Text.Contains(@"\u", StringComparison.Ordinal) || i.Text.Contains(@"\""", StringComparison.Ordinal));
        // CSV-quoted once (2016), twice (2014) and over JSON escapes (2013).
        Assert.Contains(items, i => i.Text.EndsWith("Or as I like to call it \"Legal Mexico\"", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Text.Contains("known as \"Matt Cain Day.\" #SFGiants", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Text.StartsWith("Why is \"Happy Valentines Day\" trending? It\u2019s on the 14th", StringComparison.Ordinal));
    }
}
