namespace SentimentDashboard.Classification.Features;

/// <summary>
/// Which (bucket, block) pairs the current text has emitted, and where they sit in its <see cref="FeatureBag"/>: open
/// addressing, so a word and a character n-gram in the same bucket stay separate entries. Slots belong to the current
/// text only when stamped with its generation, so nothing is cleared between texts.
/// </summary>
internal sealed class FeatureSlots
{
    private Slot[] _slots = new Slot[2048];
    private int _shift = 32 - 11;
    private int _generation = 1;

    /// <summary>Starts a new text of at most <paramref name="maxFeatures"/> emitted features; the table stays at most half full.</summary>
    public void Prepare(int maxFeatures)
    {
        if (_slots.Length < maxFeatures * 2)
        {
            var bits = 11;
            while ((1 << bits) < maxFeatures * 2)
            {
                bits++;
            }

            _slots = new Slot[1 << bits];
            _shift = 32 - bits;
            _generation = 0;
        }

        if (++_generation == int.MaxValue)
        {
            Array.Clear(_slots);
            _generation = 1;
        }
    }

    /// <summary>Appends the feature to <paramref name="bag"/> on its first occurrence in the text, else counts it once more.</summary>
    public void Add(FeatureBag bag, int bucket, FeatureBlock block)
    {
        var key = (bucket << 1) | (int)block;
        var mask = _slots.Length - 1;
        var slot = (int)(((uint)key * 0x9E3779B1u) >> _shift);
        while (true)
        {
            ref var entry = ref _slots[slot];
            if (entry.Generation != _generation)
            {
                entry = new Slot(_generation, key, bag.Append(bucket));
                return;
            }

            if (entry.Key == key)
            {
                bag.Increment(entry.Position);
                return;
            }

            slot = (slot + 1) & mask;
        }
    }

    private readonly record struct Slot(int Generation, int Key, int Position);
}
