using SentimentDashboard.Classification;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Classification;

public sealed class DatasetReaderDavidsonTests : IDisposable
{
    private const string Csv =
        ",count,hate_speech,offensive_language,neither,class,tweet\r\n" +
        "0,3,0,0,3,2,plain tweet\r\n" +
        "1,3,3,0,0,0,\"quoted, with comma and \"\"quotes\"\"\"\r\n" +
        "2,3,0,3,0,1,\"two\n\nlines\"\r\n";

    private readonly TempDirectory _directory = new();

    [Fact]
    public void Read_DavidsonForHate_MapsHateSpeechToHate()
    {
        var items = DatasetReader.Read(_directory.Write("labeled_data.csv", Csv), ClassificationTask.Hate);

        Assert.Equal(
            [new("plain tweet", 0), new("quoted, with comma and \"quotes\"", 1), new LabeledText("two\n\nlines", 0)],
            items);
    }

    [Fact]
    public void Read_DavidsonForOffensive_MapsHateSpeechAndOffensiveToOffensive()
    {
        var items = DatasetReader.Read(_directory.Write("labeled_data.csv", Csv), ClassificationTask.Offensive);

        Assert.Equal([0, 1, 1], items.Select(i => i.Label));
    }

    [Fact]
    public void Read_DavidsonForSentiment_ThrowsNoLabels()
    {
        var path = _directory.Write("labeled_data.csv", Csv);

        var error = Assert.Throws<InvalidDataException>(() => DatasetReader.Read(path, ClassificationTask.Sentiment));

        Assert.Equal($"{path}: davidson data has no sentiment labels", error.Message);
    }

    [Fact]
    public void Read_CsvWithoutClassColumn_Throws()
    {
        var path = _directory.Write("other.csv", "id,text\n1,hello\n");

        var error = Assert.Throws<InvalidDataException>(() => DatasetReader.Read(path, ClassificationTask.Hate));

        Assert.Equal($"{path}:1: the header has no 'class' and 'tweet' columns", error.Message);
    }

    [Fact]
    public void Read_CsvWithBadClass_ThrowsNamingLine()
    {
        var path = _directory.Write("labeled_data.csv", "class,tweet\n0,\"a\nb\"\n3,c\n");

        var error = Assert.Throws<InvalidDataException>(() => DatasetReader.Read(path, ClassificationTask.Hate));

        Assert.Equal($"{path}:4: class '3' is not 0, 1 or 2", error.Message);
    }

    [Fact]
    public void Read_CsvWithMissingField_ThrowsNamingLine()
    {
        var path = _directory.Write("labeled_data.csv", "class,tweet\n0,a\n1\n");

        var error = Assert.Throws<InvalidDataException>(() => DatasetReader.Read(path, ClassificationTask.Hate));

        Assert.Equal($"{path}:3: 1 fields, the header has 2", error.Message);
    }

    public void Dispose() => _directory.Dispose();
}
