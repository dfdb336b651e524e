using SentimentDashboard.Alerts;

namespace SentimentDashboard.Tests.Alerts;

public sealed class AlertGroupingTests
{
    private static readonly DateTimeOffset Raised = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly AlertRuleEntity Rule = new() { Name = "Hate burst", GroupMinutes = 5, CooldownMinutes = 30 };

    [Theory]
    [InlineData(4, 20, true)]
    [InlineData(6, 20, true)]
    [InlineData(6, 40, false)]
    [InlineData(4, 40, true)]
    public void Joins_While_The_Burst_Goes_On_Or_The_Cooldown_Runs(int minutesSinceUpdate, int minutesSinceRaised, bool joins)
    {
        var at = Raised.AddMinutes(minutesSinceRaised);
        var latest = Alert(count: 3, updated: at.AddMinutes(-minutesSinceUpdate));

        Assert.Equal(joins, AlertGrouping.Joins(latest, Rule, at));
    }

    [Fact]
    public void Title_Says_How_Many_Posts_In_How_Long() =>
        Assert.Equal("Hate burst: 37 posts in 2 min", AlertGrouping.Title(Alert(count: 37, updated: Raised.AddSeconds(95))));

    [Fact]
    public void Title_Of_One_Post_Has_No_Span() =>
        Assert.Equal("Hate burst: 1 post", AlertGrouping.Title(Alert(count: 1, updated: Raised)));

    private static AlertEntity Alert(int count, DateTimeOffset updated) => new()
    {
        RuleName = "Hate burst", Title = "", Count = count, FirstAt = Raised, CreatedAt = Raised, UpdatedAt = updated,
    };
}
