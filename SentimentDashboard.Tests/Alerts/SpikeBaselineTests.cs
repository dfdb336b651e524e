using SentimentDashboard.Alerts;

namespace SentimentDashboard.Tests.Alerts;

/// <summary>Spike detection on synthetic per-minute series: Poisson background, with and without known bursts.</summary>
public sealed class SpikeBaselineTests
{
    private const int Minutes = 24 * 60;

    /// <summary>A baseline without history calls any busy minute a spike (by design); the assertions start after its first hour.</summary>
    private const int History = 60;

    /// <summary>
    /// A rare signal (hateful posts) at the default k = 3; busier ones at k = 4: at k = 3 a busy Poisson minute exceeds
    /// mean + 3σ about once in 400, a few times a day, as the next test pins down (and at k = 4 a busy series still
    /// about once in 5,000 minutes).
    /// </summary>
    [Theory]
    [InlineData(1, 0.5, 3)]
    [InlineData(2, 4.0, 4)]
    [InlineData(3, 20.0, 4.5)]
    public void A_steady_poisson_series_raises_no_spike_in_a_day(int seed, double rate, double k)
    {
        var series = PoissonSeries(seed, rate);

        Assert.Empty(Spikes(series, k, minPosts: 5));
    }

    [Theory]
    [InlineData(5, 4.0)]
    [InlineData(6, 20.0)]
    public void At_k_3_a_busy_steady_series_flags_about_the_normal_tail_of_its_minutes(int seed, double rate)
    {
        var spikes = Spikes(PoissonSeries(seed, rate), k: 3, minPosts: 5);

        Assert.InRange(spikes.Count, 0, (Minutes - History) / 100);
    }

    [Fact]
    public void Known_bursts_are_found_at_their_minutes_and_nowhere_else()
    {
        var series = PoissonSeries(4, 4.0);
        int[] bursts = [300, 700, 1200];
        foreach (var start in bursts)
        {
            for (var m = start; m < start + 3; m++)
            {
                series[m] += 25;
            }
        }

        var spikes = Spikes(series, k: 4, minPosts: 5);

        Assert.Equal(bursts.SelectMany(b => new[] { b, b + 1, b + 2 }), spikes);
    }

    [Fact]
    public void A_slow_rise_is_learned_not_alarmed()
    {
        var series = Enumerable.Range(0, Minutes).Select(m => 2 + m / 60).ToArray();

        Assert.Empty(Spikes(series, k: 3, minPosts: 5));
    }

    [Fact]
    public void A_level_that_lasts_is_learned_within_minutes()
    {
        var series = Enumerable.Range(0, Minutes).Select(m => m < 600 ? 3 : 30).ToArray();

        var spikes = Spikes(series, k: 3, minPosts: 5);

        Assert.InRange(spikes.Count, 1, 30);
        Assert.All(spikes, m => Assert.InRange(m, 600, 630));
    }

    [Fact]
    public void A_burst_on_a_quiet_start_is_a_spike_once_it_reaches_the_least_posts()
    {
        var baseline = new SpikeBaseline(k: 3, minPosts: 5);

        var answers = Enumerable.Range(0, 6).Select(_ => baseline.Add(minute: 0, posts: 1)).ToArray();

        Assert.Equal([false, false, false, false, true, true], answers);
    }

    [Fact]
    public void Minutes_without_posts_count_as_zero_in_the_baseline()
    {
        var baseline = new SpikeBaseline(k: 3, minPosts: 1);
        for (var m = 0; m < 60; m++)
        {
            baseline.Add(m, 10);
        }

        baseline.Add(200, 1);

        Assert.True(baseline.Mean < 1, $"mean {baseline.Mean}");
    }

    private static int[] PoissonSeries(int seed, double rate)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, Minutes).Select(_ => Poisson(random, rate))];
    }

    /// <summary>Knuth's method: fine for the small rates here.</summary>
    private static int Poisson(Random random, double rate)
    {
        var limit = Math.Exp(-rate);
        var (count, product) = (0, random.NextDouble());
        while (product > limit)
        {
            count++;
            product *= random.NextDouble();
        }

        return count;
    }

    /// <summary>The minutes flagged, feeding each minute's posts one at a time as they would arrive.</summary>
    private static List<int> Spikes(int[] series, double k, int minPosts)
    {
        var baseline = new SpikeBaseline(k, minPosts);
        var spikes = new List<int>();
        for (var minute = 0; minute < series.Length; minute++)
        {
            var flagged = baseline.Add(minute, 0);
            for (var post = 0; post < series[minute]; post++)
            {
                flagged |= baseline.Add(minute, 1);
            }

            if (flagged && minute >= History)
            {
                spikes.Add(minute);
            }
        }

        return spikes;
    }
}
