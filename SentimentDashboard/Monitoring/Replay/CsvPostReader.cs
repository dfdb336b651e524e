namespace SentimentDashboard.Monitoring.Replay;

/// <summary>
/// CSV replay: a header naming the columns (<c>text</c> required; <c>id</c>, <c>created_at</c>, <c>author</c>,
/// <c>lang</c>, <c>url</c> optional, in any order and case), then one post per record. Record numbers count data
/// records from 1.
/// </summary>
internal sealed class CsvPostReader : IReplayReader
{
    private readonly TextReader _text;
    private readonly CsvRecordReader _records;
    private readonly long _monitorId;
    private readonly int _maxRecordChars;
    private readonly TimeProvider _time;
    private readonly List<string> _fields = [];
    private readonly int _textColumn;
    private readonly int _idColumn, _createdAtColumn, _authorColumn, _languageColumn, _urlColumn;
    private long _number;

    public CsvPostReader(Stream stream, string path, long monitorId, int maxRecordChars, TimeProvider time)
    {
        _text = new StreamReader(stream);
        _records = new CsvRecordReader(_text, maxRecordChars);
        _monitorId = monitorId;
        _maxRecordChars = maxRecordChars;
        _time = time;
        if (!_records.TryRead(_fields, out var tooLong) || tooLong)
        {
            throw new InvalidDataException($"'{path}' has no CSV header");
        }

        var header = _fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        _textColumn = header.IndexOf("text");
        if (_textColumn < 0)
        {
            throw new InvalidDataException($"the CSV header of '{path}' has no 'text' column (columns: {string.Join(", ", header)})");
        }

        _idColumn = header.IndexOf("id");
        _createdAtColumn = header.IndexOf("created_at");
        _authorColumn = header.IndexOf("author");
        _languageColumn = Math.Max(header.IndexOf("lang"), header.IndexOf("language"));
        _urlColumn = header.IndexOf("url");
    }

    public void Skip(long count)
    {
        while (_number < count && _records.TryRead(_fields, out _))
        {
            _number++;
        }
    }

    public bool TryRead(out ReplayRecord record)
    {
        if (!_records.TryRead(_fields, out var tooLong))
        {
            record = default;
            return false;
        }

        _number++;
        if (tooLong)
        {
            record = ReplayRecord.Malformed(_number, $"record longer than {_maxRecordChars} characters");
        }
        else if (_fields is [""])
        {
            record = ReplayRecord.Blank(_number);
        }
        else if (_fields.Count <= _textColumn)
        {
            record = ReplayRecord.Malformed(_number, $"{_fields.Count} fields; the text is field {_textColumn + 1}");
        }
        else
        {
            record = ReplayPosts.Create(
                _monitorId, _number, Field(_idColumn), _fields[_textColumn], Field(_createdAtColumn), Field(_authorColumn),
                Field(_languageColumn), Field(_urlColumn), null, _time);
        }

        return true;
    }

    public void Dispose() => _text.Dispose();

    private string? Field(int column) => column >= 0 && column < _fields.Count ? _fields[column] : null;
}
