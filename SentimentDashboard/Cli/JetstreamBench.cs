using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using SentimentDashboard.Monitoring.Bluesky;

namespace SentimentDashboard.Cli;

/// <summary>
/// How many Jetstream events one thread reads and filters a second: frames in Jetstream's format (85 % new posts of
/// the bench texts in a mix of declared languages, a third of them replies, a fifth with a link facet; 10 % deletions,
/// 5 % identity events), each read once
/// and tested against five typical monitors (words, a phrase, a tag, a language, authors), as the shared connection does.
/// </summary>
internal static class JetstreamBench
{
    private const int Frames = 20_000;

    private static readonly string[][] Languages = [["en"], ["en"], ["en"], ["ja"], ["pt"], ["de"], ["es", "en"], []];

    public sealed record Result(double EventsPerSecond, double MatchedShare, double BytesPerEvent, double MeanFrameBytes);

    public static Result Run(IReadOnlyList<string> texts, TimeSpan duration)
    {
        var frames = Generate(texts);
        JetstreamFilter[] filters =
        [
            new(BlueskyQuery.Parse("climate weather storm")),
            new(BlueskyQuery.Parse("\"last night\" concert")),
            new(BlueskyQuery.Parse("#news")),
            new(BlueskyQuery.Parse("love lang:pt,es")),
            new(BlueskyQuery.Parse("did:plc:aaaaaaaaaaaaaaaaaaaaaaa2 did:plc:aaaaaaaaaaaaaaaaaaaaaaa3")),
        ];
        var reader = new JetstreamFrameReader();
        long matched = 0;
        Pass(frames, reader, filters, ref matched);
        matched = 0;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        long events = 0;
        while (clock.Elapsed < duration)
        {
            Pass(frames, reader, filters, ref matched);
            events += frames.Count;
        }

        var seconds = clock.Elapsed.TotalSeconds;
        return new Result(
            events / seconds,
            (double)matched / events,
            (double)(GC.GetAllocatedBytesForCurrentThread() - allocated) / events,
            frames.Average(f => f.Length));
    }

    private static void Pass(List<byte[]> frames, JetstreamFrameReader reader, JetstreamFilter[] filters, ref long matched)
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
        }
    }

    private static List<byte[]> Generate(IReadOnlyList<string> texts)
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
                if (roll < 85)
                {
                    WriteCommit(json, "create", $"3l{i:D11}", texts[random.Next(texts.Count)], Languages[random.Next(Languages.Length)], random.Next(3) == 0, random.Next(5) == 0);
                }
                else if (roll < 95)
                {
                    WriteCommit(json, "delete", $"3l{random.Next(i + 1):D11}", null, [], false, false);
                }
                else
                {
                    json.WriteString("kind", "identity");
                    json.WriteStartObject("identity");
                    json.WriteString("did", did);
                    json.WriteString("handle", "someone.bsky.social");
                    json.WriteNumber("seq", i);
                    json.WriteString("time", "2026-12-06T10:00:00.000Z");
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            frames.Add(buffer.WrittenSpan.ToArray());
        }

        return frames;
    }

    private static void WriteCommit(Utf8JsonWriter json, string operation, string rkey, string? text, string[] langs, bool reply, bool facet)
    {
        json.WriteString("kind", "commit");
        json.WriteStartObject("commit");
        json.WriteString("rev", "3l3qo2vuowo2b");
        json.WriteString("operation", operation);
        json.WriteString("collection", JetstreamEvent.PostCollection);
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
                    json.WriteString("uri", "at://did:plc:wa7b35aakoll7hugkrjtf3xf/app.bsky.feed.post/3l3qo2vuowo2b");
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
