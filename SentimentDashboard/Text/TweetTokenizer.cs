using System.Globalization;
using System.Net;

namespace SentimentDashboard.Text;

/// <summary>
/// Social-media tokenizer: URLs, mentions, hashtags (split on CamelCase), emoji, emoticons, elongations,
/// negation scope. Reuses its buffers, so one instance per thread and no allocation per text in the common case.
/// </summary>
public sealed class TweetTokenizer
{
    /// <summary>Longer texts are cut: classification needs the opening, and a 10 MB post must not stall a stage.</summary>
    public const int MaxInputLength = 4096;

    private char[] _chars = new char[1024];
    private Token[] _tokens = new Token[256];
    private int _charCount;
    private int _tokenCount;
    private bool _negating;

    public ReadOnlySpan<Token> Tokens => _tokens.AsSpan(0, _tokenCount);

    /// <summary>Length of the normalised text all tokens point into.</summary>
    public int CharCount => _charCount;

    public ReadOnlySpan<char> TextOf(in Token token) => _chars.AsSpan(token.Start, token.Length);

    public void Tokenize(string? text)
    {
        _charCount = 0;
        _tokenCount = 0;
        _negating = false;
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        if (text.Length > MaxInputLength)
        {
            text = text[..MaxInputLength];
        }

        if (text.Contains('&'))
        {
            text = WebUtility.HtmlDecode(text);
        }

        EnsureCapacity(text.Length);
        Scan(text.AsSpan());
    }

    private void Scan(ReadOnlySpan<char> s)
    {
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            var atBoundary = i == 0 || !char.IsLetterOrDigit(s[i - 1]);
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '\\' && i + 1 < s.Length && s[i + 1] == 'n')
            {
                i += 2; // a line break escaped as the two characters \n, as in some exported datasets
            }
            else if (atBoundary && StartsUrl(s[i..]))
            {
                i += TokenLength(s[i..]);
                AddLiteral("<url>", TokenKind.Url);
            }
            else if (c == '@' && i + 1 < s.Length && IsHandleChar(s[i + 1]))
            {
                i += 1 + HandleLength(s[(i + 1)..]);
                AddLiteral("@user", TokenKind.Mention);
            }
            else if (c == '#' && i + 1 < s.Length && IsHandleChar(s[i + 1]))
            {
                var length = HandleLength(s[(i + 1)..]);
                AddHashtag(s.Slice(i + 1, length));
                i += 1 + length;
            }
            else if (atBoundary && Emoticons.CanStart(c) && Emoticons.TryMatch(s[i..], out var emoticonLength, out var emoticon))
            {
                i += emoticonLength;
                AddLiteral(emoticon, TokenKind.Emoticon);
            }
            else if (char.IsLetterOrDigit(c))
            {
                i += AddWord(s[i..]);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                AddEmoji(s.Slice(i, 2));
                i += 2;
            }
            else
            {
                i += AddSymbol(s[i..]);
            }
        }
    }

    private static bool StartsUrl(ReadOnlySpan<char> s) =>
        s.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || s.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    private static int TokenLength(ReadOnlySpan<char> s)
    {
        var end = s.IndexOfAny(" \t\r\n");
        return end < 0 ? s.Length : end;
    }

    private static bool IsHandleChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static int HandleLength(ReadOnlySpan<char> s)
    {
        var n = 0;
        while (n < s.Length && IsHandleChar(s[n]))
        {
            n++;
        }

        return n;
    }

    private void AddHashtag(ReadOnlySpan<char> tag)
    {
        var start = _charCount;
        foreach (var c in tag)
        {
            _chars[_charCount++] = char.ToLowerInvariant(c);
        }

        Add(start, TokenKind.Hashtag, TokenFlags.None);

        // "#BlackLivesMatter" also counts as the words black, lives, matter.
        var partStart = 0;
        for (var k = 1; k <= tag.Length; k++)
        {
            if (k == tag.Length || tag[k] == '_' || (char.IsUpper(tag[k]) && !char.IsUpper(tag[k - 1])) || char.IsDigit(tag[k]) != char.IsDigit(tag[k - 1]))
            {
                var part = tag[partStart..k].Trim('_');
                if (part.Length > 0)
                {
                    AddWord(part, TokenFlags.FromHashtag);
                }

                partStart = k;
            }
        }
    }

    private int AddWord(ReadOnlySpan<char> s, TokenFlags extra = TokenFlags.None)
    {
        var start = _charCount;
        var upper = 0;
        var letters = 0;
        var digitsOnly = true;
        var flags = extra;
        var n = 0;
        while (n < s.Length)
        {
            var c = s[n];
            if (c is '\'' or '\u2019')
            {
                if (n + 1 >= s.Length || !char.IsLetter(s[n + 1]) || n == 0)
                {
                    break;
                }

                c = '\'';
            }
            else if (digitsOnly && c is '.' or ',' or ':' && n + 1 < s.Length && char.IsDigit(s[n + 1]) && n > 0)
            {
                // 3.5, 1,000 and 10:30 stay one number.
            }
            else if (!char.IsLetterOrDigit(c))
            {
                break;
            }

            if (char.IsLetter(c))
            {
                letters++;
                digitsOnly = false;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }

            var lower = char.ToLowerInvariant(c);
            var written = _charCount - start;
            if (written >= 2 && _chars[_charCount - 1] == lower && _chars[_charCount - 2] == lower && char.IsLetter(lower))
            {
                flags |= TokenFlags.Elongated;
            }
            else
            {
                _chars[_charCount++] = lower;
            }

            n++;
        }

        if (digitsOnly)
        {
            _charCount = start;
            AddLiteral("<num>", TokenKind.Number);
            return n;
        }

        if (letters >= 2 && upper == letters)
        {
            flags |= TokenFlags.AllCaps;
        }

        var word = _chars.AsSpan(start, _charCount - start);
        if (_tokenCount == 0 && word.SequenceEqual("rt") && (flags & TokenFlags.FromHashtag) == 0)
        {
            _charCount = start; // retweet prefix "RT @user:" carries no meaning
            return n;
        }

        if (NegationWords.IsNegation(word))
        {
            Add(start, TokenKind.Word, flags);
            _negating = true;
        }
        else
        {
            Add(start, TokenKind.Word, _negating ? flags | TokenFlags.Negated : flags);
        }

        return n;
    }

    private void AddEmoji(ReadOnlySpan<char> codePoint)
    {
        var value = char.ConvertToUtf32(codePoint[0], codePoint[1]);
        if (value is >= 0x1F3FB and <= 0x1F3FF)
        {
            return; // skin-tone modifiers belong to the emoji before them
        }

        var start = _charCount;
        codePoint.CopyTo(_chars.AsSpan(_charCount));
        _charCount += codePoint.Length;
        Add(start, TokenKind.Emoji, TokenFlags.None);
    }

    private int AddSymbol(ReadOnlySpan<char> s)
    {
        var c = s[0];
        if (c is '!' or '?')
        {
            var run = 1;
            while (run < s.Length && s[run] is '!' or '?')
            {
                run++;
            }

            var start = _charCount;
            _chars[_charCount++] = c;
            Add(start, TokenKind.Punctuation, run > 1 ? TokenFlags.Elongated : TokenFlags.None);
            _negating = false;
            return run;
        }

        if (c is '.' or ',' or ';' or ':')
        {
            _negating = false;
        }
        else if (c is not ('\uFE0F' or '\u200D') && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherSymbol)
        {
            AddEmoji(c);
        }

        return 1;
    }

    private void AddEmoji(char symbol)
    {
        var start = _charCount;
        _chars[_charCount++] = symbol;
        Add(start, TokenKind.Emoji, TokenFlags.None);
    }

    private void AddLiteral(string literal, TokenKind kind)
    {
        if (_charCount + literal.Length > _chars.Length)
        {
            Array.Resize(ref _chars, (_chars.Length * 2) + literal.Length);
        }

        var start = _charCount;
        literal.AsSpan().CopyTo(_chars.AsSpan(_charCount));
        _charCount += literal.Length;
        Add(start, kind, TokenFlags.None);
    }

    private void Add(int start, TokenKind kind, TokenFlags flags)
    {
        if (_tokenCount == _tokens.Length)
        {
            Array.Resize(ref _tokens, _tokens.Length * 2);
        }

        _tokens[_tokenCount++] = new Token(start, _charCount - start, kind, flags);
    }

    private void EnsureCapacity(int inputLength)
    {
        // Hashtags are written twice (the tag and its words); literals ("<url>", "<smile>") grow the buffer themselves.
        var needed = (inputLength * 2) + 32;
        if (_chars.Length < needed)
        {
            _chars = new char[needed];
        }
    }
}
