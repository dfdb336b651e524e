namespace SentimentDashboard.Tests.Monitoring.Rss;

/// <summary>Feed documents written for these tests, in the shapes news sites and blogs publish.</summary>
internal static class Feeds
{
    public static string Rss(params string[] items) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
          <channel>
            <title>Harbour Town Gazette</title>
            <link>https://gazette.example.org/</link>
            <atom:link href="https://gazette.example.org/feed.xml" rel="self" type="application/rss+xml" />
            <description>News of an invented harbour town</description>
            {string.Concat(items)}
          </channel>
        </rss>
        """;

    public static string RssItem(string guid, string title, string description, string pubDate = "Sun, 06 Dec 2026 08:15:00 GMT") => $"""
        <item>
          <title>{title}</title>
          <link>https://gazette.example.org/{guid}</link>
          <guid isPermaLink="false">{guid}</guid>
          <dc:creator>Mira Holm</dc:creator>
          <category>harbour</category>
          <category>Local News</category>
          <pubDate>{pubDate}</pubDate>
          <description>{description}</description>
        </item>
        """;

    public static string Atom(params string[] entries) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Lighthouse Keeper's Blog</title>
          <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
          <updated>2026-12-06T09:00:00Z</updated>
          {string.Concat(entries)}
        </feed>
        """;

    public static string AtomEntry(string id, string title, string content, string type = "html") => $"""
        <entry>
          <title type="text">{title}</title>
          <link rel="alternate" href="https://lighthouse.example.net/{id}" />
          <link rel="edit" href="https://lighthouse.example.net/edit/{id}" />
          <id>urn:lighthouse:{id}</id>
          <published>2026-12-05T21:30:00+01:00</published>
          <updated>2026-12-06T07:00:00Z</updated>
          <author><name>Ansel Brookes</name></author>
          <source><title>Another blog</title><id>urn:other</id></source>
          <content type="{type}">{content}</content>
        </entry>
        """;
}
