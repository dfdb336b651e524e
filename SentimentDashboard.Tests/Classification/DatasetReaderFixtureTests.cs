using SentimentDashboard.Classification;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Classification;

/// <summary>Reads the dataset fixtures (Fixtures/datasets) in each shape of file; the expected counts were taken with awk, sort | uniq -c and Python's csv module.</summary>
public sealed class DatasetReaderFixtureTests
{
    [Theory]
    [InlineData("sentiment/train-A.tsv", "sentiment", new[] { 35, 45, 41 })]
    [InlineData("sentiment/quoted-A.tsv", "sentiment", new[] { 12, 16, 18 })]
    [InlineData("sentiment/escaped-A.tsv", "sentiment", new[] { 18, 16, 12 })]
    [InlineData("sentiment/test-A.tsv", "sentiment", new[] { 35, 25, 30 })]
    [InlineData("emotion/test_text.txt", "emotion", new[] { 55, 50, 40, 55 })]
    [InlineData("offensive/train_text.txt", "offensive", new[] { 66, 134 })]
    [InlineData("offensive/val_text.txt", "offensive", new[] { 34, 66 })]
    [InlineData("davidson/labeled_data.csv", "hate", new[] { 200, 100 })]
    [InlineData("davidson/labeled_data.csv", "offensive", new[] { 100, 200 })]
    public void Read_DatasetFixture_HasExpectedLabelCounts(string file, string task, int[] expectedCounts)
    {
        var classificationTask = ClassificationTask.Parse(task);

        var items = DatasetReader.Read(DatasetFixtures.Path(file.Split('/')), classificationTask);

        var counts = new int[classificationTask.Labels.Count];
        foreach (var item in items)
        {
            counts[item.Label]++;
        }

        Assert.Equal(expectedCounts, counts);
    }

    [Fact]
    public void Read_AllSentimentFixtures_LeavesNoEscapesOrCsvQuoting()
    {
        var items = DatasetFixtures.SentimentPosts();

        Assert.Equal(303, items.Count);
        Assert.DoesNotContain(items, i => i.Text.Contains(@"\u", StringComparison.Ordinal) || i.Text.Contains(@"\""", StringComparison.Ordinal));
        // CSV-quoted once (quoted-A, before an empty fourth column), twice (train-A) and over JSON escapes (escaped-A).
        Assert.Contains(items, i => i.Text.EndsWith("Or as my manager calls it \"team building\"", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Text.Contains("known as \"Cinnamon Bun Day.\" #ShopLocal", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Text.StartsWith("Why is \"Free Pizza Friday\" trending? It\u2019s only Tuesday", StringComparison.Ordinal));
        // JSON escapes without CSV quoting: an escaped comma and an emoji escaped as a surrogate pair.
        Assert.Contains(items, i => i.Text == "My bike got stolen from outside the station \U0001F61E");
        Assert.Contains(items, i => i.Text == "Burnt the dinner and set off the smoke alarm, great evening");
    }

    [Fact]
    public void Read_DavidsonSlice_KeepsTweetsThatSpanLines()
    {
        var items = DatasetReader.Read(DatasetFixtures.Path("davidson", "labeled_data.csv"), ClassificationTask.Hate);

        Assert.Equal(24, items.Count(i => i.Text.Contains('\n', StringComparison.Ordinal)));
    }
}
