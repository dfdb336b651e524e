using System.Diagnostics;
using SentimentDashboard.Text;

namespace SentimentDashboard.Tests.Text;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("<p>  Plain \n  text  </p>", "Plain text")]
    [InlineData("<p>One</p><p>Two<br>Three<br><br><br>Four</p>", "One\n\nTwo\nThree\n\nFour")]
    [InlineData("<ul><li>one</li><li>two</li></ul><p>after</p>", "one\ntwo\n\nafter")]
    [InlineData("<p>Fish &amp; chips &lt;3 caf&eacute; &#x1F600;&nbsp;!</p>", "Fish & chips <3 café 😀 !")]
    public void ToText_Lays_Out_Paragraphs_Breaks_And_Entities(string? html, string expected) =>
        Assert.Equal(expected, HtmlText.ToText(html));

    [Fact]
    public void ToText_Keeps_The_Visible_Text_Of_Links_Mentions_And_Hashtags()
    {
        const string html = "<p><span class=\"h-card\"><a href=\"https://mastodon.social/@Gargron\" class=\"u-url mention\">@<span>Gargron</span></a></span> "
            + "read <a href=\"https://example.com/page/that/is/very/long\" rel=\"nofollow noopener\" target=\"_blank\"><span class=\"invisible\">https://</span>"
            + "<span class=\"ellipsis\">example.com/page</span><span class=\"invisible\">/that/is/very/long</span></a> "
            + "<a href=\"https://mastodon.social/tags/news\" class=\"mention hashtag\" rel=\"tag\">#<span>news</span></a></p>";

        Assert.Equal("@Gargron read https://example.com/page/that/is/very/long #news", HtmlText.ToText(html));
    }

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>", "")]
    [InlineData("<p>Look<img src=x onerror=alert(1)> here</p>", "Look here")]
    [InlineData("<p>&lt;img src=x onerror=alert(1)&gt;</p>", "<img src=x onerror=alert(1)>")]
    [InlineData("<script>alert('<b>x</b>')</script><p>visible</p>", "visible")]
    [InlineData("<style>p { color: red }</style><p>styled</p><noscript><img src=x></noscript>", "styled")]
    [InlineData("<p>a<iframe src=\"javascript:alert(1)\">b</iframe>c</p><!-- <script>alert(1)</script> -->", "ac")]
    [InlineData("<svg onload=alert(1)><text>svg text</text></svg>", "svg text")]
    public void ToText_Never_Keeps_Markup_Only_Text(string html, string expected) =>
        Assert.Equal(expected, HtmlText.ToText(html));

    [Fact]
    public void ToText_Stops_At_The_Length_Cap_Without_Splitting_A_Character()
    {
        Assert.Equal(HtmlText.MaxTextLength, HtmlText.ToText("<p>" + new string('a', 20_000) + "</p>").Length);

        var emoji = HtmlText.ToText("a" + string.Concat(Enumerable.Repeat("😀", 10_000)));
        Assert.Equal(HtmlText.MaxTextLength - 1, emoji.Length);
        Assert.False(char.IsHighSurrogate(emoji[^1]));
    }

    [Fact]
    public void ToText_Handles_Ten_Megabytes_And_Deep_Nesting_In_Linear_Time()
    {
        var hugeHtml = "<p>" + string.Concat(Enumerable.Repeat("word ", 2_000_000)) + "</p>";
        var bombHtml = string.Concat(Enumerable.Repeat("<div><span><b>", 60_000)) + "deep" + string.Concat(Enumerable.Repeat("</b></span></div>", 60_000));
        var tagsHtml = string.Concat(Enumerable.Repeat("<i>", 3_000_000)) + "never read";
        var clock = Stopwatch.StartNew();

        var huge = HtmlText.ToText(hugeHtml);
        var bomb = HtmlText.ToText(bombHtml);
        var tags = HtmlText.ToText(tagsHtml);

        // Tens of milliseconds when linear; a DOM parser takes minutes on the bomb (see HtmlText).
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal(HtmlText.MaxTextLength, huge.Length);
        Assert.Equal("deep", bomb);
        Assert.Equal("", tags);
    }
}
