using System.Text;

namespace SentimentDashboard.Monitoring.Replay;

/// <summary>
/// Streams RFC 4180 records (comma-separated; fields in double quotes may hold commas, line breaks and doubled quotes).
/// A record longer than the maximum is read past without keeping its fields.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader, int maxRecordChars)
{
    private readonly StringBuilder _field = new();

    /// <summary>Reads the next record into <paramref name="fields"/>; false at the end of the input.</summary>
    public bool TryRead(List<string> fields, out bool tooLong)
    {
        fields.Clear();
        _field.Clear();
        tooLong = false;
        var length = 0;
        var quoted = false;
        var fieldStart = true;
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                if (length == 0)
                {
                    return false;
                }

                EndField(fields, tooLong);
                return true;
            }

            tooLong |= ++length > maxRecordChars;
            if (quoted)
            {
                if (c != '"')
                {
                    Append(c, tooLong);
                }
                else if (reader.Peek() == '"')
                {
                    reader.Read();
                    Append('"', tooLong);
                }
                else
                {
                    quoted = false;
                }

                continue;
            }

            switch (c)
            {
                case '"' when fieldStart:
                    quoted = true;
                    fieldStart = false;
                    break;
                case ',':
                    EndField(fields, tooLong);
                    fieldStart = true;
                    break;
                case '\n':
                    EndField(fields, tooLong);
                    return true;
                case '\r':
                    break;
                default:
                    Append(c, tooLong);
                    fieldStart = false;
                    break;
            }
        }
    }

    private void Append(int c, bool tooLong)
    {
        if (!tooLong)
        {
            _field.Append((char)c);
        }
    }

    private void EndField(List<string> fields, bool tooLong)
    {
        if (!tooLong)
        {
            fields.Add(_field.ToString());
        }

        _field.Clear();
    }
}
