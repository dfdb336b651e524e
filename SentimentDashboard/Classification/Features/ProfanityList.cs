using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SentimentDashboard.Classification.Features;

/// <summary>
/// Single-word profanities and slurs (lower case). The featurizer marks every listed word with one shared feature and
/// pairs it with its neighbours, so a model learns about swearing as such, beyond the words its training data happened
/// to contain.
/// </summary>
public sealed class ProfanityList
{
    private readonly string[] _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public ProfanityList(IEnumerable<string> words)
    {
        _words = words.Select(w => w.Trim().ToLowerInvariant())
            .Where(IsSingleWord)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        _lookup = new HashSet<string>(_words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _words.Length;

    public IReadOnlyList<string> Words => _words;

    /// <summary>Whether a token's text (the tokenizer's lower-cased form) is listed.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    /// <summary>
    /// Reads word lists: a <c>.json</c> file holds an array of strings (as the npm word-list packages ship them), any
    /// other file one entry a line. Entries of several words are left out: the list marks single tokens.
    /// </summary>
    public static ProfanityList Load(IReadOnlyList<string> paths)
    {
        var words = new List<string>();
        foreach (var path in paths)
        {
            words.AddRange(path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? ReadJsonArray(path) : File.ReadLines(path));
        }

        var list = new ProfanityList(words);
        return list.Count > 0 ? list : throw new InvalidDataException($"no single-word entries in {string.Join(", ", paths)}");
    }

    private static string[] ReadJsonArray(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<string[]>(stream) ?? [];
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"'{path}' is not a JSON array of strings: {e.Message}", e);
        }
    }

    private static bool IsSingleWord(string word) =>
        word.Length is > 0 and < 64 && !word.Any(char.IsWhiteSpace) && word.Any(char.IsLetter);

    public void Write(BinaryWriter writer)
    {
        writer.Write(_words.Length);
        foreach (var word in _words)
        {
            writer.Write(word);
        }
    }

    public static ProfanityList Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count is < 0 or > 1_000_000)
        {
            throw new InvalidDataException($"profanity list: implausible size {count}");
        }

        var words = new string[count];
        for (var i = 0; i < count; i++)
        {
            words[i] = reader.ReadString();
        }

        return new ProfanityList(words);
    }

    public string ComputeHash()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var word in _words)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(word + "\n"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
