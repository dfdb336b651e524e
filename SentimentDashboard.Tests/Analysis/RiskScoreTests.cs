using SentimentDashboard.Analysis;

namespace SentimentDashboard.Tests.Analysis;

public sealed class RiskScoreTests
{
    [Theory]
    [InlineData(0, 0, 0, 0)]
    [InlineData(1, 0, 0, 1)]
    [InlineData(0, 1, 0, 0.7)]
    [InlineData(0, 0, 1, 0.3)]
    [InlineData(1, 1, 1, 1)]
    [InlineData(0.05, 0.1, 0.1, 0.1427)]
    public void Compute_Combines_Signals_As_Documented(float hate, float offensive, float negative, float expected)
    {
        Assert.Equal(expected, RiskScore.Compute(hate, offensive, negative), 3);
    }

    [Fact]
    public void Compute_Stays_In_Unit_Range_When_Inputs_Are_Out_Of_Range()
    {
        Assert.Equal(1, RiskScore.Compute(2, 2, 2));
        Assert.Equal(0, RiskScore.Compute(-1, float.NaN, -5));
    }

    [Fact]
    public void Compute_Rises_When_Any_Signal_Rises()
    {
        var calm = RiskScore.Compute(0.1f, 0.1f, 0.1f);

        Assert.True(RiskScore.Compute(0.5f, 0.1f, 0.1f) > calm);
        Assert.True(RiskScore.Compute(0.1f, 0.5f, 0.1f) > calm);
        Assert.True(RiskScore.Compute(0.1f, 0.1f, 0.5f) > calm);
    }
}
