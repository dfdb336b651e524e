using System.Text.Json;
using SentimentDashboard.Cli;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Cli;

public sealed class BenchCommandTests
{
    [Fact]
    public async Task Bench_Reports_Pipeline_Throughput_And_Peak_Memory_In_Last_Line()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        using var cache = new TempDirectory();

        // A small generated overview database in a cache of the test's own: the default sizes (1M and 10M posts) take
        // half an hour to generate, and a shared cache may hold another build's schema.
        var code = await CommandLine.RunAsync(
            ["bench", "--seconds", "0.1", "--posts", "2000", "--latency-seconds", "1", "--overview-posts", "5000", "--overview-runs", "3", "--overview-cache", cache.Path],
            new StringReader(""),
            output,
            error);

        Assert.True(code == 0, error.ToString());
        using var json = JsonDocument.Parse(output.ToString().TrimEnd().Split('\n')[^1]);
        var root = json.RootElement;
        Assert.True(root.GetProperty("classify_per_s").GetDouble() > 0);
        Assert.True(root.GetProperty("pipeline_per_s").GetDouble() > 0);
        Assert.Equal(2000, root.GetProperty("pipeline_posts").GetInt64());
        Assert.Equal(2000, root.GetProperty("pipeline_added").GetInt64());
        Assert.Equal(0, root.GetProperty("pipeline_errors").GetInt64());
        Assert.True(root.GetProperty("peak_rss_mb").GetDouble() > 0);
        Assert.True(root.GetProperty("jetstream_filter_per_s").GetDouble() > 0);
        Assert.InRange(root.GetProperty("jetstream_matched_share").GetDouble(), 0.0001, 1);
        Assert.InRange(root.GetProperty("jetstream_bytes_per_event").GetDouble(), 0, 64);
        Assert.InRange(root.GetProperty("p95_ms_to_dashboard").GetDouble(), 0.001, 60_000);
        Assert.InRange(root.GetProperty("p95_ms_to_overview").GetDouble(), 0.001, 60_000);
        Assert.InRange(root.GetProperty("p95_ms_overview_5k").GetDouble(), 0.001, 60_000);
    }
}
