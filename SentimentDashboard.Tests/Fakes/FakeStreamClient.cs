using System.Threading.Channels;

namespace SentimentDashboard.Tests.Fakes;

/// <summary>One open server-sent event connection of <see cref="FakeMastodonServer"/>.</summary>
internal sealed class FakeStreamClient(Func<FakeStatus, bool> filter)
{
    private readonly Channel<string> outbox = Channel.CreateUnbounded<string>();

    /// <summary>A muted connection stays open and sends nothing: a connection gone stale somewhere on the way.</summary>
    public bool Muted { get; set; }

    public ChannelReader<string> Outbox => outbox.Reader;

    public bool Wants(FakeStatus status) => !Muted && filter(status);

    public void Send(string text)
    {
        if (!Muted)
        {
            outbox.Writer.TryWrite(text);
        }
    }

    public void Close() => outbox.Writer.TryComplete();
}
