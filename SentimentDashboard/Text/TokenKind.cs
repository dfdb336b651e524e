namespace SentimentDashboard.Text;

public enum TokenKind : byte
{
    Word,
    Number,
    Hashtag,
    Mention,
    Url,
    Emoji,
    Emoticon,
    Punctuation,
}
