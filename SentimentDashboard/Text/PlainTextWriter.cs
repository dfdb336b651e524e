using System.Text;

namespace SentimentDashboard.Text;

/// <summary>
/// Collects text as a browser would lay it out: runs of white space become one space, line and paragraph breaks are
/// held back until more text follows (so none lead or trail), and the result stops at a maximum length.
/// </summary>
internal sealed class PlainTextWriter(int maxLength)
{
    private readonly StringBuilder text = new();
    private int pendingBreaks;
    private bool pendingSpace;

    public bool IsFull => text.Length >= maxLength;

    public void Append(string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (text.Length > 0 && pendingBreaks > 0)
            {
                text.Append('\n', pendingBreaks);
            }
            else if (text.Length > 0 && pendingSpace)
            {
                text.Append(' ');
            }

            pendingBreaks = 0;
            pendingSpace = false;
            text.Append(c);
            if (IsFull)
            {
                return;
            }
        }
    }

    /// <summary>A block boundary: at least <paramref name="lines"/> line breaks before the next text.</summary>
    public void Break(int lines) => pendingBreaks = Math.Max(pendingBreaks, lines);

    /// <summary>A <c>&lt;br&gt;</c>: breaks add up, to one blank line at most.</summary>
    public void LineBreak() => pendingBreaks = Math.Min(pendingBreaks + 1, 2);

    public override string ToString()
    {
        var length = Math.Min(text.Length, maxLength);
        if (length > 0 && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        return text.ToString(0, length);
    }
}
