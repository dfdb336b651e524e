using SentimentDashboard.Monitoring.Mastodon;

namespace SentimentDashboard.Tests.Monitoring.Mastodon;

public sealed class ServerSentEventParserTests
{
    [Fact]
    public void Feed_Yields_Events_At_Blank_Lines_And_Ignores_Heartbeats()
    {
        string[] lines = [":)", ":thump", "event: update", "data: {\"id\":\"1\"}", "", "", ":thump", "event:delete", "data:2", "", "data: a", "data:", "data:  b", "id: 5", "retry: 10", "", "event: ignored", ""];
        var parser = new ServerSentEventParser();

        var events = lines.Select(parser.Feed).OfType<ServerSentEvent>().ToList();

        Assert.Equal(
            [new("update", "{\"id\":\"1\"}"), new("delete", "2"), new("message", "a\n\n b")],
            events);
    }
}
