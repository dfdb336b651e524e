using System.Buffers;
using System.Text;

namespace SentimentDashboard.Classification;

/// <summary>RFC 4180 CSV: comma-separated, fields quoted with <c>"</c> may hold commas, newlines and doubled quotes.</summary>
internal static class CsvReader
{
    private static readonly SearchValues<char> FieldEnd = SearchValues.Create(",\r\n");

    /// <summary>All records of <paramref name="text"/>; empty lines are skipped. <paramref name="path"/> only names the source in errors.</summary>
    public static List<CsvRecord> Parse(string text, string path)
    {
        var records = new List<CsvRecord>();
        var quoted = new StringBuilder();
        var position = 0;
        var line = 1;
        while (position < text.Length)
        {
            var recordLine = line;
            var fields = new List<string>();
            while (true)
            {
                if (text[position] == '"')
                {
                    quoted.Clear();
                    position = ReadQuoted(text, position + 1, quoted, ref line, path, recordLine);
                    fields.Add(quoted.ToString());
                    if (position < text.Length && !FieldEnd.Contains(text[position]))
                    {
                        throw new InvalidDataException($"{path}:{line}: unexpected '{text[position]}' after a closing quote");
                    }
                }
                else
                {
                    var length = text.AsSpan(position).IndexOfAny(FieldEnd);
                    var end = length < 0 ? text.Length : position + length;
                    fields.Add(text[position..end]);
                    position = end;
                }

                if (position >= text.Length || text[position] != ',')
                {
                    break;
                }

                position++;
                if (position == text.Length)
                {
                    fields.Add("");
                    break;
                }
            }

            position = SkipLineEnd(text, position);
            line++;
            if (fields is not [""])
            {
                records.Add(new CsvRecord(recordLine, fields));
            }
        }

        return records;
    }

    /// <summary>Reads a quoted field's content from just after its opening quote; returns the position after its closing quote.</summary>
    private static int ReadQuoted(string text, int position, StringBuilder field, ref int line, string path, int recordLine)
    {
        while (position < text.Length)
        {
            var c = text[position++];
            if (c == '"')
            {
                if (position < text.Length && text[position] == '"')
                {
                    position++;
                }
                else
                {
                    return position;
                }
            }
            else if (c == '\n')
            {
                line++;
            }

            field.Append(c);
        }

        throw new InvalidDataException($"{path}:{recordLine}: quoted field is never closed");
    }

    private static int SkipLineEnd(string text, int position)
    {
        if (position < text.Length && text[position] == '\r')
        {
            position++;
        }

        if (position < text.Length && text[position] == '\n')
        {
            position++;
        }

        return position;
    }
}
