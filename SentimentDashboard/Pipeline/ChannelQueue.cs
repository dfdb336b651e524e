using System.Threading.Channels;

namespace SentimentDashboard.Pipeline;

/// <summary>
/// A bounded queue between two stages. Writers wait when it is full (posts must not be lost), which slows the
/// sources down to what the stages after it can take.
/// </summary>
public sealed class ChannelQueue<T>
{
    private readonly Channel<T> _channel;

    public ChannelQueue(int capacity)
    {
        Capacity = capacity;
        _channel = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
    }

    public int Capacity { get; }

    public ChannelReader<T> Reader => _channel.Reader;

    public ChannelWriter<T> Writer => _channel.Writer;

    public int Count => _channel.Reader.Count;
}
