using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SentimentDashboard.Analysis.Risk.SecondOpinion;

/// <summary>
/// Finds the JSON object in a model's answer: the whole answer, else the inside of a <c>```json</c> fence, else the
/// first object that starts at one of the answer's first braces and parses (prose before and after is ignored; an
/// object naming a category is preferred to one that does not, such as a "thinking" block's).
/// </summary>
public static partial class AnswerJson
{
    /// <summary>Braces tried as the start of an object: an answer full of braces costs this many parses, no more.</summary>
    private const int MaxCandidates = 32;

    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 16 };

    /// <summary>The object found, or null; the caller disposes it.</summary>
    public static JsonDocument? Find(string answer, Func<JsonElement, bool> preferred)
    {
        if (Parse(answer.Trim()) is { } whole)
        {
            return whole;
        }

        foreach (Match fence in Fence().Matches(answer))
        {
            if (Parse(fence.Groups["json"].Value.Trim()) is { } fenced)
            {
                return fenced;
            }
        }

        JsonDocument? fallback = null;
        var start = answer.IndexOf('{', StringComparison.Ordinal);
        for (var tried = 0; start >= 0 && tried < MaxCandidates; tried++)
        {
            if (ParseFirstValue(answer.AsSpan(start)) is { } found)
            {
                if (preferred(found.RootElement))
                {
                    fallback?.Dispose();
                    return found;
                }

                if (fallback is null)
                {
                    fallback = found;
                }
                else
                {
                    found.Dispose();
                }
            }

            start = answer.IndexOf('{', start + 1);
        }

        return fallback;
    }

    private static JsonDocument? Parse(string text)
    {
        if (!text.StartsWith('{'))
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(text, Lenient);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The object at the start of <paramref name="text"/>, ignoring whatever follows it.</summary>
    private static JsonDocument? ParseFirstValue(ReadOnlySpan<char> text)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text.ToString()), new JsonReaderOptions
        {
            AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = Lenient.MaxDepth,
        });
        try
        {
            return JsonDocument.TryParseValue(ref reader, out var document) && document.RootElement.ValueKind == JsonValueKind.Object
                ? document
                : Discard(document);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonDocument? Discard(JsonDocument? document)
    {
        document?.Dispose();
        return null;
    }

    [GeneratedRegex(@"```[a-zA-Z]*[ \t]*\r?\n?(?<json>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Fence();
}
