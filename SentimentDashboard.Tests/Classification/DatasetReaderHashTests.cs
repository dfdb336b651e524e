using SentimentDashboard.Classification;

namespace SentimentDashboard.Tests.Classification;

public sealed class DatasetReaderHashTests
{
    private static readonly LabeledText[] Items = [new("I love it", 2), new("", 0), new("naïve \U0001F600", 1)];

    [Fact]
    public void ComputeHash_Items_MatchesReferenceEncoding()
    {
        // Python: h = sha256(); for t, l in items: b = t.encode(); h.update(struct.pack("<ii", l, len(b)) + b)
        Assert.Equal("5ffc4d79877a2356178e0f959c1efaf822e91de502c2f4e618c11d6e7b4a8e7b", DatasetReader.ComputeHash(Items));
    }

    [Fact]
    public void ComputeHash_LabelOrTextBoundaryChanges_Differs()
    {
        var hash = DatasetReader.ComputeHash(Items);

        Assert.NotEqual(hash, DatasetReader.ComputeHash([Items[0] with { Label = 1 }, Items[1], Items[2]]));
        Assert.NotEqual(
            DatasetReader.ComputeHash([new("ab", 0), new("c", 0)]),
            DatasetReader.ComputeHash([new("a", 0), new("bc", 0)]));
    }

    [Fact]
    public void ComputeHash_LongText_HashesAllOfIt()
    {
        var text = new string('x', 5000);

        Assert.NotEqual(DatasetReader.ComputeHash([new(text, 0)]), DatasetReader.ComputeHash([new(text + "y", 0)]));
    }
}
