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
    public const string LikeCollection = "app.bsky.feed.like";
    public const string RepostCollection = "app.bsky.feed.repost";

    /// <summary>Longer record ids (a DID is at most 2 KB, but real ones are short) are not looked up.</summary>
    private const int MaxUriLength = 512;

    public long TimeUs;
    public JetstreamEventKind Kind;
    public JetstreamOperation Operation;

    public JetstreamCollection Collection;
    public ReadOnlySpan<byte> Did;
    public ReadOnlySpan<byte> Rkey;
    public ReadOnlySpan<byte> CreatedAt;

    /// <summary>The record's <c>langs</c> array as JSON, e.g. <c>["en","fr"]</c>; empty when the post declares none.</summary>
    public ReadOnlySpan<byte> Langs;
    public ReadOnlySpan<char> Text;

    /// <summary>A like's or repost's <c>subject.uri</c>: the post it is about.</summary>
    public ReadOnlySpan<byte> Subject;

    /// <summary>A reply's <c>reply.parent.uri</c>: the post it answers.</summary>
    public ReadOnlySpan<byte> ReplyParent;

    /// <summary>The commit is to <see cref="PostCollection"/>.</summary>
    public readonly bool IsPost => Collection == JetstreamCollection.Post;

    /// <summary>A new or edited post: the only events a query can match.</summary>
    public readonly bool IsPostWrite => Kind == JetstreamEventKind.Commit && IsPost && Operation is JetstreamOperation.Create or JetstreamOperation.Update;

    /// <summary>The record's id, e.g. a post's <c>at://DID/app.bsky.feed.post/RKEY</c>.</summary>
    public readonly string Uri()
    {
        Span<char> uri = stackalloc char[MaxUriLength];
        return TryFormatUri(uri, out var length) ? new string(uri[..length]) : $"at://{Encoding.UTF8.GetString(Did)}/{CollectionName}/{Encoding.UTF8.GetString(Rkey)}";
    }

    /// <summary>Whether the record's id is one of <paramref name="ids"/>, without allocating.</summary>
    public readonly bool UriIsIn(RecentIds ids)
    {
        Span<char> uri = stackalloc char[MaxUriLength];
        return TryFormatUri(uri, out var length) && ids.Contains(uri[..length]);
    }

    /// <summary>Whether <paramref name="utf8"/> (a subject or parent URI) is one of <paramref name="ids"/>, without allocating.</summary>
    public static bool IsIn(ReadOnlySpan<byte> utf8, RecentIds ids)
    {
        if (utf8.IsEmpty || utf8.Length > MaxUriLength)
        {
            return false;
        }

        Span<char> chars = stackalloc char[utf8.Length];
        return Encoding.UTF8.TryGetChars(utf8, chars, out var length) && ids.Contains(chars[..length]);
    }

    private readonly string CollectionName => Collection switch
    {
        JetstreamCollection.Post => PostCollection,
        JetstreamCollection.Like => LikeCollection,
        JetstreamCollection.Repost => RepostCollection,
        _ => "other",
    };

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

    private readonly bool TryFormatUri(Span<char> destination, out int length)
    {
        length = 0;
        return Append(destination, "at://", ref length) && AppendUtf8(destination, Did, ref length) && Append(destination, "/", ref length)
            && Append(destination, CollectionName, ref length) && Append(destination, "/", ref length) && AppendUtf8(destination, Rkey, ref length);
    }

    private static bool Append(Span<char> destination, ReadOnlySpan<char> part, ref int length)
    {
        if (!part.TryCopyTo(destination[length..]))
        {
            return false;
        }

        length += part.Length;
        return true;
    }

    private static bool AppendUtf8(Span<char> destination, ReadOnlySpan<byte> part, ref int length)
    {
        if (!Encoding.UTF8.TryGetChars(part, destination[length..], out var written))
        {
            return false;
        }

        length += written;
        return true;
    }

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
