namespace SentimentDashboard.Monitoring;

/// <summary>The last <paramref name="capacity"/> ids seen, to drop a status met twice (a boost, a stream/REST overlap).</summary>
internal sealed class RecentIds(int capacity)
{
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();

    public bool Contains(string id) => ids.Contains(id);

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
