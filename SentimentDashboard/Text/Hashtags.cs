using System.Globalization;

namespace SentimentDashboard.Text;

/// <summary>Finds the hashtags of a plain text, for sources that do not list them (a replay file).</summary>
public static class Hashtags
{
    public const int MaxTags = 20;
    public const int MaxTagLength = 100;

    /// <summary>A character a hashtag may hold after its '#': letters, digits, '_', '·' and combining marks.</summary>
    public static bool IsTagCharacter(char c) =>
        char.IsLetterOrDigit(c) || c is '_' or '·' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Distinct tags, lower-case, without '#', in order of appearance; a '#' inside a word ("C#", "a#b") is not a tag.</summary>
    public static IReadOnlyList<string> Extract(string text)
    {
        List<string>? tags = null;
        var position = text.IndexOf('#');
        while (position >= 0 && position + 1 < text.Length)
        {
            var end = position + 1;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
            {
                end++;
            }

            var startsTag = position == 0 || !(char.IsLetterOrDigit(text[position - 1]) || text[position - 1] is '_' or '&' or '/');
            if (startsTag && end - position - 1 is > 0 and <= MaxTagLength)
            {
                var tag = text[(position + 1)..end].ToLowerInvariant();
                tags ??= [];
                if (!tags.Contains(tag))
                {
                    tags.Add(tag);
                    if (tags.Count == MaxTags)
                    {
                        break;
                    }
                }
            }

            position = text.IndexOf('#', end);
        }

        return tags ?? (IReadOnlyList<string>)[];
    }
}
