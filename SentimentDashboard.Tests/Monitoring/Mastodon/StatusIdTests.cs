using SentimentDashboard.Monitoring.Mastodon;

namespace SentimentDashboard.Tests.Monitoring.Mastodon;

public sealed class StatusIdTests
{
    [Theory]
    [InlineData("9", "10")]
    [InlineData("14715", "103206804533200177")]
    [InlineData("109348677773283527", "109348677773283528")]
    [InlineData("AbCdEf0123456789", "abcdef0123456789")]
    public void Compare_Orders_Shorter_Ids_First_Then_Ordinally(string older, string newer)
    {
        Assert.True(StatusId.Compare(older, newer) < 0);
        Assert.True(StatusId.Compare(newer, older) > 0);
        Assert.Equal(0, StatusId.Compare(newer, newer));
        Assert.Equal(newer, StatusId.Max(older, newer));
        Assert.Equal(newer, StatusId.Max(newer, older));
        Assert.Equal(older, StatusId.Max(null, older));
    }
}
