namespace SentimentDashboard.Monitoring.Replay;

/// <summary>
/// Reads a stream line by line as UTF-8 bytes (line breaks \n or \r\n), without decoding. A line longer than the
/// maximum is skipped without being held in memory and reported as too long.
/// </summary>
internal sealed class Utf8LineReader(Stream stream, int maxLineBytes)
{
    private byte[] _buffer = new byte[Math.Min(64 * 1024, maxLineBytes + 1)];
    private int _start;
    private int _end;
    private bool _endOfStream;

    /// <summary>The next line, valid until the next call; false at the end of the stream. When <paramref name="tooLong"/>, <paramref name="line"/> is empty.</summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line, out bool tooLong)
    {
        tooLong = false;
        var scanned = 0;
        while (true)
        {
            var newline = _buffer.AsSpan(_start + scanned, _end - _start - scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = Take(scanned + newline, 1, tooLong);
                return true;
            }

            scanned = _end - _start;
            if (_endOfStream)
            {
                if (scanned == 0 && !tooLong)
                {
                    line = default;
                    return false;
                }

                line = Take(scanned, 0, tooLong);
                return true;
            }

            if (scanned > maxLineBytes)
            {
                tooLong = true;
                _start = _end = scanned = 0;
            }

            Fill();
        }
    }

    private ReadOnlySpan<byte> Take(int length, int separator, bool tooLong)
    {
        var line = _buffer.AsSpan(_start, length);
        _start += length + separator;
        if (tooLong)
        {
            return default;
        }

        return line is [.. var content, (byte)'\r'] ? line[..content.Length] : line;
    }

    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        _endOfStream = read == 0;
        _end += read;
    }
}
