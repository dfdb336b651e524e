namespace SentimentDashboard.Monitoring;

/// <summary>The last <paramref name="capacity"/> ids seen, to drop a status met twice (a boost, a stream/REST overlap).</summary>
internal sealed class RecentIds(int capacity)
{
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();

    /// <summary>Remembers <paramref name="ids"/>, oldest first, keeping the last <paramref name="capacity"/>.</summary>
    public static RecentIds Of(IEnumerable<string> ids, int capacity)
    {
        var remembered = new RecentIds(capacity);
        foreach (var id in ids)
        {
            remembered.Add(id);
        }

        return remembered;
    }

    public bool Contains(string id) => ids.Contains(id);

    public bool Contains(ReadOnlySpan<char> id) => ids.GetAlternateLookup<ReadOnlySpan<char>>().Contains(id);

    /// <summary>False when the id was already seen.</summary>
    public bool Add(string id)
    {
        if (!ids.Add(id))
        {
            return false;
        }

        order.Enqueue(id);
        if (order.Count > capacity)
        {
            ids.Remove(order.Dequeue());
        }

        return true;
    }
}
