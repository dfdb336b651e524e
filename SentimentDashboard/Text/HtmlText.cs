using System.Collections.Frozen;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Text;

namespace SentimentDashboard.Text;

/// <summary>
/// Turns untrusted HTML (a Mastodon status, an RSS description) into plain text: paragraphs and <c>&lt;br&gt;</c> become line breaks, links,
/// mentions and hashtags keep their visible text, entities are decoded, scripts and styles vanish, and no tag is kept.
/// </summary>
/// <remarks>
/// This reads AngleSharp's tokens rather than building a DOM: its tree builder is quadratic on deeply nested tags
/// (40,000 nested <c>&lt;div&gt;</c> take seconds, 100,000 minutes), the tokenizer is linear and has no depth to limit.
/// </remarks>
internal static class HtmlText
{
    public const int MaxTextLength = 10_000;

    /// <summary>Bounds the work on hostile input (a megabyte of bare tags tokenizes in about 60 ms).</summary>
    private const int MaxHtmlLength = 1_000_000;

    private static readonly FrozenDictionary<string, HtmlParseMode> Hidden = new Dictionary<string, HtmlParseMode>
    {
        ["script"] = HtmlParseMode.Script,
        ["style"] = HtmlParseMode.Rawtext,
        ["noscript"] = HtmlParseMode.Rawtext,
        ["iframe"] = HtmlParseMode.Rawtext,
        ["noembed"] = HtmlParseMode.Rawtext,
        ["noframes"] = HtmlParseMode.Rawtext,
        ["xmp"] = HtmlParseMode.Rawtext,
        ["textarea"] = HtmlParseMode.RCData,
        ["title"] = HtmlParseMode.RCData,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Paragraphs = FrozenSet.ToFrozenSet(
        ["p", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Lines = FrozenSet.ToFrozenSet(
        ["div", "li", "tr", "dt", "dd", "hr", "figure", "figcaption", "section", "article", "header", "footer"], StringComparer.Ordinal);

    public static string ToText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }

        var tokenizer = new HtmlTokenizer(new TextSource(Bounded(html)), HtmlEntityProvider.Resolver);
        var text = new PlainTextWriter(MaxTextLength);
        string? hiddenUntil = null;
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile && !text.IsFull; token = tokenizer.Get())
        {
            if (hiddenUntil is not null)
            {
                if (token.Type == HtmlTokenType.EndTag && token.Name == hiddenUntil)
                {
                    hiddenUntil = null;
                }

                continue;
            }

            switch (token.Type)
            {
                case HtmlTokenType.Character:
                    text.Append(token.Data);
                    break;
                case HtmlTokenType.StartTag when Hidden.TryGetValue(token.Name, out var mode):
                    // What the tree builder would do: read the element's content as raw text, so markup inside a
                    // script is not taken for tags, and drop it up to the matching end tag.
                    tokenizer.State = mode;
                    hiddenUntil = token.Name;
                    break;
                case HtmlTokenType.StartTag or HtmlTokenType.EndTag when token.Name == "br":
                    text.LineBreak();
                    break;
                case HtmlTokenType.StartTag or HtmlTokenType.EndTag when Paragraphs.Contains(token.Name):
                    text.Break(2);
                    break;
                case HtmlTokenType.StartTag or HtmlTokenType.EndTag when Lines.Contains(token.Name):
                    text.Break(1);
                    break;
            }
        }

        return text.ToString();
    }

    private static string Bounded(string html)
    {
        if (html.Length <= MaxHtmlLength)
        {
            return html;
        }

        // Cut before a tag the limit would split: the tokenizer reads an unfinished tag at the end as text.
        var open = html.LastIndexOf('<', MaxHtmlLength - 1);
        var close = html.LastIndexOf('>', MaxHtmlLength - 1);
        return html[..(open > close ? open : MaxHtmlLength)];
    }
}
