namespace SentimentDashboard.Pipeline;

/// <summary>The last <c>capacity</c> items added, oldest first; safe across threads.</summary>
public sealed class RingBuffer<T>(int capacity)
{
    private readonly T[] _items = new T[capacity];
    private readonly Lock _gate = new();
    private int _next;
    private int _count;

    public void AddRange(IEnumerable<T> items)
    {
        lock (_gate)
        {
            foreach (var item in items)
            {
                _items[_next] = item;
                _next = (_next + 1) % _items.Length;
                _count = Math.Min(_count + 1, _items.Length);
            }
        }
    }

    public T[] ToArray()
    {
        lock (_gate)
        {
            var result = new T[_count];
            var start = (_next - _count + _items.Length) % _items.Length;
            for (var i = 0; i < _count; i++)
            {
                result[i] = _items[(start + i) % _items.Length];
            }

            return result;
        }
    }
}
