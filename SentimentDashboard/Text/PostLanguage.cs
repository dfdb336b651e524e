namespace SentimentDashboard.Text;

/// <summary>
/// The language a post is stored under, and whether the English models score it. A language the source declares wins
/// (a Mastodon post's language, a replay line's <c>lang</c>: <see cref="Monitoring.RawPost.Language"/> of any source): a post declared English is scored whatever
/// our detector thinks of it, one declared in another language is not. Only where the source says nothing (or "und")
/// does <see cref="LanguageDetector"/> decide; a Latin-script text it cannot place is stored as "und" and scored with
/// the English models, so that short or name-heavy English posts are not lost.
/// </summary>
public readonly record struct PostLanguage(string Code, bool ScoredAsEnglish)
{
    public static PostLanguage Of(string? declared, ReadOnlySpan<char> text)
    {
        var tag = LanguageDetector.PrimaryTag(declared);
        if (tag is not null && tag != LanguageDetector.Undetermined)
        {
            return new(tag, tag == LanguageDetector.English);
        }

        var detected = LanguageDetector.Detect(text);
        if (detected is not (LanguageDetector.English or LanguageDetector.Undetermined))
        {
            return new(detected, false);
        }

        // Scripts the detector has no profile for (Georgian, Tamil…) come out as "en" or "und": undetermined, unscored.
        return LanguageDetector.IsMostlyNonLatin(text) ? new(LanguageDetector.Undetermined, false) : new(detected, true);
    }
}
