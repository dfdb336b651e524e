namespace SentimentDashboard.Text;

/// <summary>A token as a slice of the tokenizer's normalised character buffer.</summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind, TokenFlags Flags)
{
    public bool Has(TokenFlags flag) => (Flags & flag) != 0;
}
