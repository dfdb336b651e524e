using SentimentDashboard.Analysis;
using SentimentDashboard.Analysis.Risk;

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

    [Theory]
    [InlineData(0.1427, ViralityLevel.Low, 0.1427)] // the calm post stays calm
    [InlineData(0.1427, ViralityLevel.High, 0.2141)] // and a viral calm post is not an alert: × 1.5
    [InlineData(0.5, ViralityLevel.Medium, 0.65)] // × 1.3
    [InlineData(0.5, ViralityLevel.High, 0.75)] // as the tracker's +0.5 for high virality at hate 0.5
    [InlineData(0.8, ViralityLevel.High, 1)] // capped at 1
    [InlineData(0, ViralityLevel.High, 0)] // virality alone is no risk
    public void WithVirality_Amplifies_Content_And_Caps_At_One(float content, ViralityLevel virality, float expected)
    {
        Assert.Equal(expected, RiskScore.WithVirality(content, virality), 3);
    }

    [Fact]
    public void A_worked_example_from_probabilities_to_risk()
    {
        // hate 0.6, offensive 0.5, negative 0.8: calm = 0.4 · 0.65 · 0.76 = 0.1976, content 0.8024; medium virality
        // gives 0.8024 · 1.3 = 1.04, capped at 1.
        var content = RiskScore.Compute(0.6f, 0.5f, 0.8f);

        Assert.Equal(0.8024f, content, 4);
        Assert.Equal(1, RiskScore.WithVirality(content, ViralityLevel.Medium));
        Assert.Equal(0.8024f, RiskScore.WithVirality(content, ViralityLevel.Low), 4);
    }
}
