using SentimentDashboard.Audio;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Audio;

public sealed class SegmentListTests
{
    [Fact]
    public void ReadNew_ListGrows_ReturnsEachFinishedSegmentOnceAndWaitsForWholeLines()
    {
        using var temp = new TempDirectory();
        var list = new SegmentList(Path.Combine(temp.Path, "segments.csv"));

        var beforeFfmpegStarts = list.ReadNew();
        temp.Write("segments.csv", "000000.wav,0.000000,2.048000\n000001.wav,2.04");
        var first = list.ReadNew();
        temp.Write("segments.csv", "000000.wav,0.000000,2.048000\n000001.wav,2.048000,4.096000\n");
        var second = list.ReadNew();
        var nothingNew = list.ReadNew();

        Assert.Empty(beforeFfmpegStarts);
        Assert.Equal([Path.Combine(temp.Path, "000000.wav")], first);
        Assert.Equal([Path.Combine(temp.Path, "000001.wav")], second);
        Assert.Empty(nothingNew);
    }
}
