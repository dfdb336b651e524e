using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using SentimentDashboard.Text;

namespace SentimentDashboard.Monitoring.Rss;

/// <summary>
/// Reads the items of an RSS 2.0 (and 0.9x/1.0) or Atom feed with a forward-only <see cref="XmlReader"/>: no DTD (a
/// document with one is refused, so entity bombs and external entities never expand), no resolver, and no more
/// characters than the feed's size limit. Titles stay text; descriptions and content are HTML turned into text.
/// </summary>
internal static class FeedParser
{
    private const string Atom = "http://www.w3.org/2005/Atom";
    private const string Content = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";
    private const string Rss10 = "http://purl.org/rss/1.0/";

    /// <exception cref="FeedException">The document is not well-formed XML, has a DTD, or is not a feed.</exception>
    public static IReadOnlyList<FeedItem> Parse(byte[] document, int maxCharacters)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxCharacters,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
        };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(document, writable: false), settings);
            reader.MoveToContent();
            if (reader.LocalName is not ("rss" or "feed" or "RDF"))
            {
                throw new FeedException($"not an RSS or Atom feed (its root element is <{reader.Name}>)");
            }

            var items = new List<FeedItem>();
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "item" or "entry")
                {
                    using var item = reader.ReadSubtree();
                    if ((reader.NamespaceURI == Atom ? ReadEntry(item) : ReadItem(item)) is { } read)
                    {
                        items.Add(read);
                    }
                }
            }

            return items;
        }
        catch (XmlException e)
        {
            throw new FeedException($"malformed feed: {e.Message}", e);
        }
    }

    private static FeedItem? ReadItem(XmlReader item)
    {
        string? title = null, link = null, guid = null, html = null, author = null, published = null;
        var categories = new List<string>();
        item.Read();
        item.Read();
        while (!item.EOF)
        {
            if (item.NodeType != XmlNodeType.Element)
            {
                item.Read();
                continue;
            }

            // Each case reads its element to the end; any other element is entered (or passed) by the default.
            switch (item.LocalName, item.NamespaceURI == Rss10 ? "" : item.NamespaceURI)
            {
                case ("title", ""):
                    title = Value(item);
                    break;
                case ("link", ""):
                    link = Value(item);
                    break;
                case ("guid", ""):
                    guid = Value(item);
                    break;
                case ("description", ""):
                    html ??= Value(item);
                    break;
                case ("encoded", Content):
                    html = Value(item);
                    break;
                case ("author", "") or ("creator", DublinCore):
                    author ??= Value(item);
                    break;
                case ("pubDate", "") or ("date", DublinCore):
                    published ??= Value(item);
                    break;
                case ("category", "") or ("subject", DublinCore):
                    categories.Add(Value(item));
                    break;
                default:
                    item.Read();
                    break;
            }
        }

        return Item(guid ?? link, title, html, link, author, FeedDates.Parse(published), categories);
    }

    private static FeedItem? ReadEntry(XmlReader entry)
    {
        string? title = null, link = null, id = null, html = null, author = null, published = null, updated = null;
        var categories = new List<string>();
        entry.Read();
        entry.Read();
        while (!entry.EOF)
        {
            if (entry.NodeType != XmlNodeType.Element || entry.NamespaceURI != Atom)
            {
                entry.Read();
                continue;
            }

            switch (entry.LocalName)
            {
                case "title":
                    title = HtmlText.ToText(TextConstruct(entry));
                    break;
                case "link" when entry.GetAttribute("rel") is null or "alternate":
                    link ??= entry.GetAttribute("href");
                    entry.Skip();
                    break;
                case "id":
                    id = Value(entry);
                    break;
                case "content":
                    html = TextConstruct(entry);
                    break;
                case "summary":
                    html ??= TextConstruct(entry);
                    break;
                case "name":
                    author ??= Value(entry);
                    break;
                case "published":
                    published = Value(entry);
                    break;
                case "updated":
                    updated = Value(entry);
                    break;
                case "category" when entry.GetAttribute("term") is { } term:
                    categories.Add(term);
                    entry.Skip();
                    break;
                case "source":
                    // The feed the entry was copied from: its title and id are not the entry's.
                    entry.Skip();
                    break;
                default:
                    entry.Read();
                    break;
            }
        }

        return Item(id ?? link, title, html, link, author, FeedDates.Parse(published ?? updated), categories);
    }

    /// <summary>An Atom text construct as HTML: escaped HTML as is, XHTML as its markup, plain text escaped.</summary>
    private static string TextConstruct(XmlReader entry) => entry.GetAttribute("type") switch
    {
        "xhtml" => entry.ReadInnerXml(),
        "html" => Value(entry),
        _ => WebUtility.HtmlEncode(Value(entry)),
    };

    private static string Value(XmlReader reader) => reader.ReadElementContentAsString().Trim();

    private static FeedItem? Item(string? id, string? title, string? html, string? link, string? author, DateTimeOffset? published, List<string> categories)
    {
        var body = HtmlText.ToText(html);
        title = title?.Trim();
        var text = string.IsNullOrEmpty(title) || body.StartsWith(title, StringComparison.Ordinal) ? body
            : body.Length == 0 ? title
            : $"{title}\n\n{body}";
        if (text.Length == 0)
        {
            return null;
        }

        id = string.IsNullOrWhiteSpace(id) ? "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32] : id.Trim();
        return new FeedItem(id, text, Uri.TryCreate(link, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url.ToString() : null,
            string.IsNullOrWhiteSpace(author) ? null : author, published, categories);
    }
}
