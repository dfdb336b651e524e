using System.Text;
using System.Text.Json;

namespace SentimentDashboard.Monitoring.Replay;

/// <summary>
/// JSON Lines replay: one object per line, <c>{"id":..,"created_at":..,"author":..,"text":..,"lang":..,"url":..,"tags":[..]}</c>,
/// only <c>text</c> required. Parsed straight from UTF-8 bytes. A line that is not such an object is reported, not thrown.
/// </summary>
internal sealed class JsonLinesReader(Stream stream, long monitorId, int maxLineBytes, TimeProvider time) : IReplayReader
{
    private readonly Utf8LineReader _lines = new(stream, maxLineBytes);
    private long _number;

    public void Skip(long count)
    {
        while (_number < count && _lines.TryReadLine(out _, out _))
        {
            _number++;
        }
    }

    public bool TryRead(out ReplayRecord record)
    {
        if (!_lines.TryReadLine(out var line, out var tooLong))
        {
            record = default;
            return false;
        }

        _number++;
        if (tooLong)
        {
            record = ReplayRecord.Malformed(_number, $"line longer than {maxLineBytes} bytes");
        }
        else if (line.Trim(" \t"u8).IsEmpty)
        {
            record = ReplayRecord.Blank(_number);
        }
        else
        {
            record = Parse(line);
        }

        return true;
    }

    public void Dispose() => stream.Dispose();

    private ReplayRecord Parse(ReadOnlySpan<byte> line)
    {
        string? id = null, text = null, createdAt = null, author = null, language = null, url = null;
        List<string>? tags = null;
        try
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return ReplayRecord.Malformed(_number, "not a JSON object");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "id": id = Scalar(ref reader); break;
                    case "text": text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null; break;
                    case "created_at": createdAt = Scalar(ref reader); break;
                    case "author": author = Scalar(ref reader); break;
                    case "lang": language = Scalar(ref reader); break;
                    case "url": url = Scalar(ref reader); break;
                    case "tags": tags = Tags(ref reader); break;
                    default: reader.Skip(); break;
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                return ReplayRecord.Malformed(_number, "not one JSON object");
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return ReplayRecord.Malformed(_number, $"invalid JSON ({e.Message})");
        }

        return ReplayPosts.Create(monitorId, _number, id, text, createdAt, author, language, url, tags, time);
    }

    /// <summary>A string or number as text; objects and arrays are skipped.</summary>
    private static string? Scalar(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.ValueSpan);
            default:
                reader.Skip();
                return null;
        }
    }

    private static List<string>? Tags(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }

        var tags = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String && reader.GetString()?.Trim().TrimStart('#') is { Length: > 0 } tag)
            {
                tags.Add(tag.ToLowerInvariant());
            }
            else
            {
                reader.Skip();
            }
        }

        return tags;
    }
}
