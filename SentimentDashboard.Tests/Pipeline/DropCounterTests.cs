using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Tests.Pipeline;

public sealed class DropCounterTests
{
    [Fact]
    public void Drop_CountsEveryDrop_AndAsksForALogLineAtPowersOfTwo()
    {
        var drops = new DropCounter();

        var logged = Enumerable.Range(0, 20).Select(_ => drops.Drop()).Where(total => total is not null).ToList();

        Assert.Equal([1L, 2L, 4L, 8L, 16L], logged);
        Assert.Equal(20, drops.Total);
    }
}
