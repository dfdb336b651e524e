using System.Text.Json;
using SentimentDashboard.Cli;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Cli;

/// <summary>The before/after measurement of the prior correction, on the neutral posts written for the tests.</summary>
public sealed class CalibrationCommandTests
{
    private static async Task<(int Code, string Out, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, new StringReader(""), output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("train-A.tsv", 45)]
    [InlineData("test-A.tsv", 25)]
    public async Task Calibration_NeutralFixturePosts_FewerReachTheAlertThresholdAfterTheCorrection(string file, int neutral)
    {
        var (code, output, error) = await Run("calibration", "--data", FixtureFiles.Path("datasets", "sentiment", file), "--task", "sentiment", "--label", "neutral");

        Assert.True(code == 0, error);
        var report = JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement;
        Assert.Equal(neutral, report.GetProperty("n").GetInt32());
        Assert.Equal(0.6, report.GetProperty("threshold").GetDouble());
        Assert.True(report.GetProperty("mean_risk_after").GetDouble() < report.GetProperty("mean_risk_before").GetDouble(), output);
        Assert.True(report.GetProperty("share_at_or_above_after").GetDouble() <= report.GetProperty("share_at_or_above_before").GetDouble(), output);
        Assert.Contains("risk ≥ 0.6 for", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calibration_UnknownLabel_GivesOneLineErrorAndExitCode2()
    {
        var (code, _, error) = await Run("calibration", "--data", FixtureFiles.Path("datasets", "sentiment", "test-A.tsv"), "--task", "sentiment", "--label", "calm");

        Assert.Equal(2, code);
        Assert.Equal("error: 'calm' is not a sentiment label (expected one of: negative, neutral, positive)", error.Trim());
    }
}
