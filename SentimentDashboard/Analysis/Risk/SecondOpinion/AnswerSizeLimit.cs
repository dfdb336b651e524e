namespace SentimentDashboard.Analysis.Risk.SecondOpinion;

/// <summary>
/// Stops reading an endpoint's answer past <paramref name="maxBytes"/>: the SDK buffers whole responses, and a chat
/// answer of a few hundred bytes has no reason to be megabytes long.
/// </summary>
public sealed class AnswerSizeLimit(long maxBytes) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            response.Dispose();
            throw new AnswerTooLargeException(maxBytes);
        }

        var capped = new StreamContent(new CappedStream(await response.Content.ReadAsStreamAsync(cancellationToken), maxBytes));
        foreach (var header in response.Content.Headers)
        {
            capped.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content = capped;
        return response;
    }

    private sealed class CappedStream(Stream inner, long maxBytes) : Stream
    {
        private long read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private int Count(int bytes)
        {
            read += bytes;
            return read > maxBytes ? throw new AnswerTooLargeException(maxBytes) : bytes;
        }
    }
}
