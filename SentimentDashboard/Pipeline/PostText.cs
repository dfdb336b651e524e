namespace SentimentDashboard.Pipeline;

/// <summary>Limits on a post's text: longer texts are cut (a post is for reading, and the models read far less).</summary>
public static class PostText
{
    public const int MaxLength = 10_000;

    private const char Ellipsis = '…';

    /// <summary>The text cut to <see cref="MaxLength"/> characters, ending with '…', never splitting a surrogate pair.</summary>
    public static string Truncate(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var end = MaxLength - 1;
        if (char.IsLowSurrogate(text[end]))
        {
            end--;
        }

        return string.Concat(text.AsSpan(0, end), [Ellipsis]);
    }
}
