using System.Buffers;

namespace SentimentDashboard.Api;

/// <summary>
/// Writes RFC 4180 CSV rows to a text writer as they come, so an export of any size streams in constant memory:
/// fields holding a comma, quote, CR or LF (or edge spaces) are quoted with inner quotes doubled; rows end in CRLF.
/// </summary>
public sealed class CsvRowWriter(TextWriter writer)
{
    private static readonly SearchValues<char> NeedsQuoting = SearchValues.Create(",\"\r\n");

    public void WriteRow(ReadOnlySpan<string?> fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            WriteField(fields[i]);
        }

        writer.Write("\r\n");
    }

    private void WriteField(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return;
        }

        var span = field.AsSpan();
        if (span.IndexOfAny(NeedsQuoting) < 0 && span[0] != ' ' && span[^1] != ' ')
        {
            writer.Write(span);
            return;
        }

        writer.Write('"');
        int quote;
        while ((quote = span.IndexOf('"')) >= 0)
        {
            writer.Write(span[..(quote + 1)]);
            writer.Write('"');
            span = span[(quote + 1)..];
        }

        writer.Write(span);
        writer.Write('"');
    }
}
