using SentimentDashboard.Accounts;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Accounts;

public sealed class SetupLinkTests
{
    [Fact]
    public void TryConsume_TheRightToken_WorksOnce()
    {
        var link = new SetupLink(new ManualTimeProvider());
        var token = link.Create(TimeSpan.FromMinutes(60));

        Assert.True(link.IsValid(token));
        Assert.True(link.TryConsume(token));
        Assert.False(link.IsValid(token));
        Assert.False(link.TryConsume(token));
    }

    [Fact]
    public void TryConsume_AnotherToken_IsRefused_AndLeavesTheLinkUsable()
    {
        var link = new SetupLink(new ManualTimeProvider());
        var token = link.Create(TimeSpan.FromMinutes(60));

        Assert.False(link.TryConsume(token + "x"));
        Assert.False(link.TryConsume(null));
        Assert.True(link.TryConsume(token));
    }

    [Fact]
    public void TryConsume_AfterTheLinkExpired_IsRefused()
    {
        var time = new ManualTimeProvider();
        var link = new SetupLink(time);
        var token = link.Create(TimeSpan.FromMinutes(60));

        time.Advance(TimeSpan.FromMinutes(61));

        Assert.False(link.IsValid(token));
        Assert.False(link.TryConsume(token));
    }
}
