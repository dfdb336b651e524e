using SentimentDashboard.Analysis;

namespace SentimentDashboard.Tests.Analysis;

public sealed class TermExtractorTests
{
    [Fact]
    public void Terms_KeepContentWordsOnceAndDropTheRest()
    {
        var terms = new TermExtractor().Terms("RT @bob: The BATTERY on the #NimbusX is sooo bad, battery dies at 10:30 https://x.y 😂");
        Assert.Equal(["battery", "soo", "bad", "dies"], terms);
    }

    [Fact]
    public void Terms_EmptyText_IsEmpty()
    {
        Assert.Empty(new TermExtractor().Terms(""));
    }
}
