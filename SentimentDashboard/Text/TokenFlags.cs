namespace SentimentDashboard.Text;

[Flags]
public enum TokenFlags : byte
{
    None = 0,
    Negated = 1,
    Elongated = 2,
    AllCaps = 4,
    FromHashtag = 8,
}
