using System.Text;
using SentimentDashboard.Monitoring.Rss;

namespace SentimentDashboard.Tests.Monitoring.Rss;

public sealed class FeedParserTests
{
    private const int Limit = 1 << 20;

    [Fact]
    public void Rss_Items_Keep_Guid_Title_Description_As_Text_Author_Date_And_Categories()
    {
        var feed = Feeds.Rss(Feeds.RssItem(
            "ferry-strike", "Ferry strike &amp; the harbour", "&lt;p&gt;Crews walked out at &lt;b&gt;dawn&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;More soon&lt;/p&gt;"));

        var item = Assert.Single(Parse(feed));

        Assert.Equal("ferry-strike", item.Id);
        Assert.Equal("Ferry strike & the harbour\n\nCrews walked out at dawn.\n\nMore soon", item.Text);
        Assert.Equal("https://gazette.example.org/ferry-strike", item.Link);
        Assert.Equal("Mira Holm", item.Author);
        Assert.Equal(new DateTimeOffset(2026, 12, 6, 8, 15, 0, TimeSpan.Zero), item.Published);
        Assert.Equal(["harbour", "Local News"], item.Categories);
    }

    [Fact]
    public void Rss_Content_Encoded_Wins_Over_Description_And_Cdata_Html_Is_Turned_Into_Text()
    {
        var feed = Feeds.Rss("""
            <item><title>Storm</title><description>short</description>
            <content:encoded><![CDATA[<p>Long <a href="https://x.example">story</a></p><script>alert('owned')</script><style>p{}</style><p>after</p>]]></content:encoded></item>
            """);

        var item = Assert.Single(Parse(feed));

        Assert.Equal("Storm\n\nLong story\n\nafter", item.Text);
        Assert.DoesNotContain("alert", item.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Atom_Entries_Keep_Id_Alternate_Link_Published_Name_And_Html_Or_Xhtml_Content()
    {
        var feed = Feeds.Atom(
            Feeds.AtomEntry("fog", "Fog &amp; horns", "&lt;p&gt;The horn sounded &lt;em&gt;all night&lt;/em&gt;&lt;/p&gt;"),
            Feeds.AtomEntry("gulls", "Gulls", """<div xmlns="http://www.w3.org/1999/xhtml"><p>Gulls <b>everywhere</b></p><script>steal()</script></div>""", "xhtml"));

        var items = Parse(feed);

        Assert.Equal(["urn:lighthouse:fog", "urn:lighthouse:gulls"], items.Select(i => i.Id));
        Assert.Equal(["Fog & horns\n\nThe horn sounded all night", "Gulls everywhere"], items.Select(i => i.Text));
        Assert.Equal("https://lighthouse.example.net/fog", items[0].Link);
        Assert.Equal("Ansel Brookes", items[0].Author);
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 20, 30, 0, TimeSpan.Zero), items[0].Published);
    }

    [Fact]
    public void An_Item_Without_Guid_Is_Known_By_Its_Link_And_Without_Either_By_Its_Text()
    {
        var feed = Feeds.Rss(
            "<item><title>Linked</title><link>https://gazette.example.org/linked</link></item>",
            "<item><description>Only a description</description></item>");

        var items = Parse(feed);

        Assert.Equal("https://gazette.example.org/linked", items[0].Id);
        Assert.StartsWith("sha256:", items[1].Id, StringComparison.Ordinal);
        Assert.Equal(items[1].Id, Parse(feed)[1].Id);
    }

    [Theory]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><rss><channel><item><title>&lol2;</title></item></channel></rss>""", "malformed feed: For security reasons DTD is prohibited")]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE rss SYSTEM "file:///etc/passwd"><rss/>""", "DTD is prohibited")]
    [InlineData("""<rss><channel><item><title>unclosed</channel></rss>""", "malformed feed:")]
    [InlineData("""<html><body>Not a feed</body></html>""", "not an RSS or Atom feed (its root element is <html>)")]
    [InlineData("", "malformed feed: Root element is missing")]
    public void A_Bad_Document_Is_Refused_With_The_Reason(string document, string reason)
    {
        var error = Assert.Throws<FeedException>(() => Parse(document));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Document_Over_The_Limit_Is_Refused()
    {
        var feed = Feeds.Rss(Feeds.RssItem("big", "Big", new string('x', 5000)));

        var error = Assert.Throws<FeedException>(() => FeedParser.Parse(Encoding.UTF8.GetBytes(feed), 4000));

        Assert.StartsWith("malformed feed:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sun, 06 Dec 2026 08:15:00 GMT", "2026-12-06T08:15:00+00:00")]
    [InlineData("6 Dec 26 08:15 EST", "2026-12-06T08:15:00-05:00")]
    [InlineData("Sun, 06 Dec 2026 08:15:00 +0130", "2026-12-06T08:15:00+01:30")]
    [InlineData("2026-12-06T08:15:00Z", "2026-12-06T08:15:00+00:00")]
    [InlineData("2026-12-06T08:15:00.5-03:00", "2026-12-06T08:15:00.5-03:00")]
    public void Dates_In_Rfc822_And_Rfc3339_Are_Read(string value, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedDates.Parse(value));

    [Theory]
    [InlineData("yesterday")]
    [InlineData("Sun, 06 Dec 2026 08:15:00 XYZ")]
    [InlineData("")]
    public void An_Unreadable_Date_Is_Null(string value) => Assert.Null(FeedDates.Parse(value));

    private static IReadOnlyList<FeedItem> Parse(string feed) => FeedParser.Parse(Encoding.UTF8.GetBytes(feed), Limit);
}
