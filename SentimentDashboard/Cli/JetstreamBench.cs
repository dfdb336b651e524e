using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Monitoring.Bluesky;

namespace SentimentDashboard.Cli;

/// <summary>
/// How many Jetstream events one thread reads and filters a second: frames in Jetstream's format (85 % new posts of
/// the bench texts in a mix of declared languages, a third of them replies, a fifth with a link facet; 10 % deletions,
/// 5 % identity events), each read once
/// and tested against five typical monitors (words, a phrase, a tag, a language, authors), as the shared connection does.
/// With engagement (<see cref="BlueskyOptions.Engagement"/>) the stream is mostly likes and reposts (20 % posts, 3 %
/// post deletions, 60 % likes, 12 % reposts, 3 % like deletions, 2 % identity events), one in a hundred of a post the
/// monitors stored, and each monitor also looks for likes, reposts and replies of its 20,000 remembered posts.
/// </summary>
internal static class JetstreamBench
{
    private const int Frames = 20_000;

    private static readonly string[][] Languages = [["en"], ["en"], ["en"], ["ja"], ["pt"], ["de"], ["es", "en"], []];

    public sealed record Result(double EventsPerSecond, double MatchedShare, double BytesPerEvent, double MeanFrameBytes);

    public static Result Run(IReadOnlyList<string> texts, TimeSpan duration, bool engagement = false)
    {
        var stored = Enumerable.Range(0, JetstreamSubscription.RememberedPosts).Select(i => $"at://{Did(i)}/{JetstreamEvent.PostCollection}/3s{i:D11}").ToList();
        var frames = Generate(texts, engagement ? stored : null);
        JetstreamFilter[] filters =
        [
            new(BlueskyQuery.Parse("climate weather storm")),
            new(BlueskyQuery.Parse("\"last night\" concert")),
            new(BlueskyQuery.Parse("#news")),
            new(BlueskyQuery.Parse("love lang:pt,es")),
            new(BlueskyQuery.Parse("did:plc:aaaaaaaaaaaaaaaaaaaaaaa2 did:plc:aaaaaaaaaaaaaaaaaaaaaaa3")),
        ];
        JetstreamEngagement[] engagements = engagement
            ? [.. filters.Select(_ => new JetstreamEngagement(RecentIds.Of(stored, JetstreamSubscription.RememberedPosts), []))]
            : [];
        var reader = new JetstreamFrameReader();
        long matched = 0;
        Pass(frames, reader, filters, engagements, ref matched);
        matched = 0;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        long events = 0;
        while (clock.Elapsed < duration)
        {
            Pass(frames, reader, filters, engagements, ref matched);
            events += frames.Count;
        }

        var seconds = clock.Elapsed.TotalSeconds;
        return new Result(
            events / seconds,
            (double)matched / events,
            (double)(GC.GetAllocatedBytesForCurrentThread() - allocated) / events,
            frames.Average(f => f.Length));
    }

    /// <summary>A like already counted is turned away after its first pass, as a replayed one is.</summary>
    private static void Pass(List<byte[]> frames, JetstreamFrameReader reader, JetstreamFilter[] filters, JetstreamEngagement[] engagements, ref long matched)
    {
        foreach (var frame in frames)
        {
            var read = reader.Read(frame);
            foreach (var filter in filters)
            {
                if (filter.Matches(read))
                {
                    matched++;
                }
            }

            foreach (var engagement in engagements)
            {
                if (engagement.Match(read) is not null)
                {
                    matched++;
                }
            }
        }
    }

    private static string Did(int i) => $"did:plc:{i % 1_000_000:D6}aaaaaaaaaaaaaaaaa{2 + i % 6}";

    private static List<byte[]> Generate(IReadOnlyList<string> texts, List<string>? stored)
    {
        var random = new Random(18);
        var frames = new List<byte[]>(Frames);
        var buffer = new ArrayBufferWriter<byte>();
        var timeUs = 1_764_979_200_000_000L;
        for (var i = 0; i < Frames; i++)
        {
            buffer.ResetWrittenCount();
            using (var json = new Utf8JsonWriter(buffer))
            {
                var did = $"did:plc:{random.Next(1_000_000):D6}aaaaaaaaaaaaaaaaa{2 + random.Next(6)}";
                json.WriteStartObject();
                json.WriteString("did", did);
                json.WriteNumber("time_us", timeUs += random.Next(500, 5000));
                var roll = random.Next(100);
                if (stored is not null)
                {
                    WriteEngagementMix(json, random, roll, i, texts, stored);
                }
                else if (roll < 85)
                {
                    WriteCommit(json, "create", $"3l{i:D11}", texts[random.Next(texts.Count)], Languages[random.Next(Languages.Length)], random.Next(3) == 0, random.Next(5) == 0);
                }
                else if (roll < 95)
                {
                    WriteCommit(json, "delete", $"3l{random.Next(i + 1):D11}", null, [], false, false);
                }
                else
                {
                    WriteIdentity(json, did, i);
                }

                json.WriteEndObject();
            }

            frames.Add(buffer.WrittenSpan.ToArray());
        }

        return frames;
    }

    private static void WriteIdentity(Utf8JsonWriter json, string did, int i)
    {
        json.WriteString("kind", "identity");
        json.WriteStartObject("identity");
        json.WriteString("did", did);
        json.WriteString("handle", "someone.bsky.social");
        json.WriteNumber("seq", i);
        json.WriteString("time", "2026-12-06T10:00:00.000Z");
        json.WriteEndObject();
    }

    private static void WriteEngagementMix(Utf8JsonWriter json, Random random, int roll, int i, IReadOnlyList<string> texts, List<string> stored)
    {
        var subject = random.Next(100) == 0 ? stored[random.Next(stored.Count)] : $"at://{Did(random.Next(6_000_000))}/{JetstreamEvent.PostCollection}/3l{random.Next():D11}";
        if (roll < 20)
        {
            WriteCommit(json, "create", $"3l{i:D11}", texts[random.Next(texts.Count)], Languages[random.Next(Languages.Length)], random.Next(3) == 0, random.Next(5) == 0, subject);
        }
        else if (roll < 23)
        {
            WriteCommit(json, "delete", $"3l{random.Next(i + 1):D11}", null, [], false, false);
        }
        else if (roll < 95)
        {
            var collection = roll < 83 ? JetstreamEvent.LikeCollection : JetstreamEvent.RepostCollection;
            json.WriteString("kind", "commit");
            json.WriteStartObject("commit");
            json.WriteString("rev", "3l3qo2vuowo2b");
            json.WriteString("operation", "create");
            json.WriteString("collection", collection);
            json.WriteString("rkey", $"3k{i:D11}");
            json.WriteStartObject("record");
            json.WriteString("$type", collection);
            json.WriteString("createdAt", "2026-12-06T10:00:00.000Z");
            json.WriteStartObject("subject");
            json.WriteString("cid", "bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm");
            json.WriteString("uri", subject);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("cid", "bafyreidwaivazkwu67xztlmuobx35hs2lnfh3kolmgfmucldvhd3sgzcqi");
            json.WriteEndObject();
        }
        else if (roll < 98)
        {
            WriteCommit(json, "delete", $"3k{random.Next(i + 1):D11}", null, [], false, false, collection: JetstreamEvent.LikeCollection);
        }
        else
        {
            WriteIdentity(json, Did(i), i);
        }
    }

    private static void WriteCommit(
        Utf8JsonWriter json, string operation, string rkey, string? text, string[] langs, bool reply, bool facet,
        string parent = "at://did:plc:wa7b35aakoll7hugkrjtf3xf/app.bsky.feed.post/3l3qo2vuowo2b", string collection = JetstreamEvent.PostCollection)
    {
        json.WriteString("kind", "commit");
        json.WriteStartObject("commit");
        json.WriteString("rev", "3l3qo2vuowo2b");
        json.WriteString("operation", operation);
        json.WriteString("collection", collection);
        json.WriteString("rkey", rkey);
        if (text is not null)
        {
            json.WriteStartObject("record");
            json.WriteString("$type", JetstreamEvent.PostCollection);
            json.WriteString("createdAt", "2026-12-06T10:00:00.000Z");
            json.WriteStartArray("langs");
            Array.ForEach(langs, json.WriteStringValue);
            json.WriteEndArray();
            json.WriteString("text", text);
            if (reply)
            {
                json.WriteStartObject("reply");
                foreach (var part in new[] { "parent", "root" })
                {
                    json.WriteStartObject(part);
                    json.WriteString("cid", "bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm");
                    json.WriteString("uri", parent);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            if (facet)
            {
                json.WriteStartArray("facets");
                json.WriteStartObject();
                json.WriteStartArray("features");
                json.WriteStartObject();
                json.WriteString("$type", "app.bsky.richtext.facet#link");
                json.WriteString("uri", "https://example.org/a/long/article/path?with=query");
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteStartObject("index");
                json.WriteNumber("byteEnd", 40);
                json.WriteNumber("byteStart", 10);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteString("cid", "bafyreidwaivazkwu67xztlmuobx35hs2lnfh3kolmgfmucldvhd3sgzcqi");
        }

        json.WriteEndObject();
    }
}
