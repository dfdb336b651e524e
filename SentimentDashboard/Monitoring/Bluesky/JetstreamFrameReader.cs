using System.Text;
using System.Text.Json;

namespace SentimentDashboard.Monitoring.Bluesky;

/// <summary>
/// Reads one Jetstream frame (a JSON event) with <see cref="Utf8JsonReader"/> in a single pass, keeping only the fields
/// monitoring needs and skipping the rest (facets, embeds, a reply's root) unread. A post's text is unescaped into a buffer
/// this reader reuses, so reading allocates nothing for the events no monitor keeps. Not thread-safe.
/// </summary>
internal sealed class JetstreamFrameReader
{
    private char[] text = new char[1024];

    /// <summary>Reads <paramref name="frame"/>; the event's views are valid until the next call.</summary>
    /// <exception cref="JsonException">The frame is not a JSON object, lacks <c>time_us</c>, or is a commit without its ids.</exception>
    public JetstreamEvent Read(ReadOnlySpan<byte> frame)
    {
        var reader = new Utf8JsonReader(frame, new JsonReaderOptions { MaxDepth = 64 });
        var read = default(JetstreamEvent);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("the frame is not a JSON object");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("did"u8))
            {
                read.Did = NextString(ref reader);
            }
            else if (reader.ValueTextEquals("time_us"u8))
            {
                reader.Read();
                read.TimeUs = reader.GetInt64();
            }
            else if (reader.ValueTextEquals("kind"u8))
            {
                reader.Read();
                read.Kind = reader.ValueTextEquals("commit"u8) ? JetstreamEventKind.Commit
                    : reader.ValueTextEquals("identity"u8) ? JetstreamEventKind.Identity
                    : reader.ValueTextEquals("account"u8) ? JetstreamEventKind.Account
                    : JetstreamEventKind.Other;
            }
            else if (reader.ValueTextEquals("commit"u8))
            {
                ReadCommit(ref reader, frame, ref read);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (read.TimeUs <= 0)
        {
            throw new JsonException("the event has no time_us");
        }

        if (read.Kind == JetstreamEventKind.Commit && (read.Did.IsEmpty || read.Rkey.IsEmpty))
        {
            throw new JsonException("the commit has no did or rkey");
        }

        return read;
    }

    private void ReadCommit(ref Utf8JsonReader reader, ReadOnlySpan<byte> frame, ref JetstreamEvent read)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("operation"u8))
            {
                reader.Read();
                read.Operation = reader.ValueTextEquals("create"u8) ? JetstreamOperation.Create
                    : reader.ValueTextEquals("update"u8) ? JetstreamOperation.Update
                    : reader.ValueTextEquals("delete"u8) ? JetstreamOperation.Delete
                    : JetstreamOperation.Other;
            }
            else if (reader.ValueTextEquals("collection"u8))
            {
                reader.Read();
                read.Collection = reader.ValueTextEquals(JetstreamEvent.PostCollection) ? JetstreamCollection.Post
                    : reader.ValueTextEquals(JetstreamEvent.LikeCollection) ? JetstreamCollection.Like
                    : reader.ValueTextEquals(JetstreamEvent.RepostCollection) ? JetstreamCollection.Repost
                    : JetstreamCollection.Other;
            }
            else if (reader.ValueTextEquals("rkey"u8))
            {
                read.Rkey = NextString(ref reader);
            }
            else if (reader.ValueTextEquals("record"u8))
            {
                ReadRecord(ref reader, frame, ref read);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
    }

    private void ReadRecord(ref Utf8JsonReader reader, ReadOnlySpan<byte> frame, ref JetstreamEvent read)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("text"u8))
            {
                Expect(ref reader, JsonTokenType.String);
                // Unescaped, a JSON string has at most as many characters as it has bytes.
                if (text.Length < reader.ValueSpan.Length)
                {
                    text = new char[Math.Max(reader.ValueSpan.Length, text.Length * 2)];
                }

                read.Text = text.AsSpan(0, reader.CopyString(text));
            }
            else if (reader.ValueTextEquals("langs"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    var start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    read.Langs = frame[start..((int)reader.TokenStartIndex + 1)];
                }
                else
                {
                    reader.Skip();
                }
            }
            else if (reader.ValueTextEquals("createdAt"u8))
            {
                read.CreatedAt = NextString(ref reader);
            }
            else if (reader.ValueTextEquals("subject"u8))
            {
                read.Subject = NextUri(ref reader);
            }
            else if (reader.ValueTextEquals("reply"u8))
            {
                read.ReplyParent = NextUri(ref reader, "parent"u8);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
    }

    /// <summary>
    /// The <c>uri</c> of a strong reference (<c>{"cid":…,"uri":…}</c>), or with <paramref name="inner"/>, of the one in
    /// that property (a reply's <c>parent</c>; its <c>root</c> is skipped). Empty when the value is something else (a
    /// follow's subject is a DID).
    /// </summary>
    private static ReadOnlySpan<byte> NextUri(scoped ref Utf8JsonReader reader, scoped ReadOnlySpan<byte> inner = default)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return default;
        }

        ReadOnlySpan<byte> uri = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (inner.IsEmpty && reader.ValueTextEquals("uri"u8))
            {
                uri = NextString(ref reader);
            }
            else if (!inner.IsEmpty && reader.ValueTextEquals(inner))
            {
                uri = NextUri(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return uri;
    }

    /// <summary>An identifier's bytes; escapes (never used for DIDs and record keys, but allowed by JSON) are resolved.</summary>
    private static ReadOnlySpan<byte> NextString(scoped ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String);
        return reader.ValueIsEscaped ? Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (!reader.Read() || reader.TokenType != type)
        {
            throw new JsonException($"expected {type} at byte {reader.TokenStartIndex}, found {reader.TokenType}");
        }
    }
}
