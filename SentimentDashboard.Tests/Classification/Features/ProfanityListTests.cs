using SentimentDashboard.Classification.Features;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Classification.Features;

public sealed class ProfanityListTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Load_JsonArrayAndTextFile_KeepsSingleWordsLowerCased()
    {
        var json = _temp.Write("list.json", """["Damn", "2 girls 1 cup", "crap", "@$$"]""");
        var text = _temp.Write("list.txt", "bollocks\n\n  CRAP  \nson of a\n");

        var list = ProfanityList.Load([json, text]);

        Assert.Equal(3, list.Count);
        Assert.True(list.Contains("damn"));
        Assert.True(list.Contains("crap"));
        Assert.True(list.Contains("bollocks"));
        Assert.False(list.Contains("girls"));
        Assert.False(list.Contains("Damn")); // tokens arrive lower-cased
    }

    [Fact]
    public void WriteThenRead_KeepsTheWordsAndTheHash()
    {
        var list = new ProfanityList(["crap", "damn"]);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            list.Write(writer);
        }

        stream.Position = 0;
        var read = ProfanityList.Read(new BinaryReader(stream));

        Assert.Equal(list.ComputeHash(), read.ComputeHash());
        Assert.True(read.Contains("damn"));
        Assert.NotEqual(list.ComputeHash(), new ProfanityList(["crap"]).ComputeHash());
    }

    [Fact]
    public void Load_MalformedJson_SaysWhichFile()
    {
        var path = _temp.Write("broken.json", """{"words": ["damn"]}""");
        var error = Assert.Throws<InvalidDataException>(() => ProfanityList.Load([path]));
        Assert.Contains("broken.json", error.Message);
        Assert.Contains("JSON array of strings", error.Message);
    }

    [Fact]
    public void Load_NoUsableEntries_IsAnError()
    {
        var path = _temp.Write("phrases.txt", "two words\n\n");
        var error = Assert.Throws<InvalidDataException>(() => ProfanityList.Load([path]));
        Assert.Contains("no single-word entries", error.Message);
    }

    public void Dispose() => _temp.Dispose();
}
