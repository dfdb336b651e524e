using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SentimentDashboard.Monitoring.Bluesky;

/// <summary>
/// The fields of one Jetstream event that monitoring reads, as views into the frame (and, for the text, into the
/// reader's buffer): nothing is copied until a monitor keeps the post.
/// </summary>
internal ref struct JetstreamEvent
{
    public const string PostCollection = "app.bsky.feed.post";

    public long TimeUs;
    public JetstreamEventKind Kind;
    public JetstreamOperation Operation;

    /// <summary>The commit is to <see cref="PostCollection"/>.</summary>
    public bool IsPost;
    public ReadOnlySpan<byte> Did;
    public ReadOnlySpan<byte> Rkey;
    public ReadOnlySpan<byte> CreatedAt;

    /// <summary>The record's <c>langs</c> array as JSON, e.g. <c>["en","fr"]</c>; empty when the post declares none.</summary>
    public ReadOnlySpan<byte> Langs;
    public ReadOnlySpan<char> Text;

    /// <summary>A new or edited post: the only events a query can match.</summary>
    public readonly bool IsPostWrite => Kind == JetstreamEventKind.Commit && IsPost && Operation is JetstreamOperation.Create or JetstreamOperation.Update;

    /// <summary>The post's id: <c>at://DID/app.bsky.feed.post/RKEY</c>.</summary>
    public readonly string Uri() => $"at://{Encoding.UTF8.GetString(Did)}/{PostCollection}/{Encoding.UTF8.GetString(Rkey)}";

    /// <summary>Where a person reads the post.</summary>
    public readonly string Link() => $"https://bsky.app/profile/{Encoding.UTF8.GetString(Did)}/post/{Encoding.UTF8.GetString(Rkey)}";

    /// <summary>The first declared language (the post's language), or null.</summary>
    public readonly string? Language()
    {
        foreach (var language in new LanguageList(Langs))
        {
            return Encoding.UTF8.GetString(language);
        }

        return null;
    }

    /// <summary>When the author says the post was written; null when absent or not a date.</summary>
    public readonly DateTimeOffset? Created() =>
        DateTimeOffset.TryParse(Encoding.UTF8.GetString(CreatedAt), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;

    /// <summary>The language codes of a <c>langs</c> array, read without allocating.</summary>
    public readonly ref struct LanguageList(ReadOnlySpan<byte> json)
    {
        private readonly ReadOnlySpan<byte> json = json;

        public Enumerator GetEnumerator() => new(json);

        public ref struct Enumerator(ReadOnlySpan<byte> json)
        {
            private readonly bool empty = json.IsEmpty;
            private Utf8JsonReader reader = new(json);

            public ReadOnlySpan<byte> Current { get; private set; }

            public bool MoveNext()
            {
                while (!empty && reader.Read())
                {
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        Current = reader.ValueSpan;
                        return true;
                    }
                }

                return false;
            }
        }
    }
}
