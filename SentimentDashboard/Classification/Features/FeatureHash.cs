using System.Runtime.CompilerServices;

namespace SentimentDashboard.Classification.Features;

/// <summary>FNV-1a over UTF-16 code units with a final avalanche, so low bits are usable as a bucket index.</summary>
internal static class FeatureHash
{
    public const uint Prime = 16777619;

    public const uint WordSeed = 2166136261;
    public const uint NegatedSeed = 0x9747B28C;
    public const uint HashtagSeed = 0x3C6EF372;
    public const uint CharSeed = 0xA54FF53A;
    public const uint BigramSeed = 0x510E527F;
    public const uint TrigramSeed = 0x1F83D9AB;
    public const uint ProfanityPairSeed = 0x5BE0CD19;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Of(ReadOnlySpan<char> text, uint seed)
    {
        var h = seed;
        foreach (var c in text)
        {
            h = (h ^ c) * Prime;
        }

        return Mix(h);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Combine(uint a, uint b, uint seed) => Mix((a * 0x9E3779B1) ^ b ^ seed);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }
}
