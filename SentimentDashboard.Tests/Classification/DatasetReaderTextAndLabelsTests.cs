using SentimentDashboard.Classification;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Classification;

public sealed class DatasetReaderTextAndLabelsTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public void Read_TextFile_ReadsSiblingLabelsAndMappingWithoutTrailingNewline()
    {
        var path = _directory.Write("train_text.txt", "@user go home \n\nlovely day \n");
        _directory.Write("train_labels.txt", "1\n0\n0\n");
        _directory.Write("mapping.txt", "0\tnot-hate\n1\thate");

        var items = DatasetReader.Read(path, ClassificationTask.Hate);

        Assert.Equal([new("@user go home ", 1), new("", 0), new LabeledText("lovely day ", 0)], items);
    }

    [Fact]
    public void Read_TextFileWithByteOrderMarks_StripsThem()
    {
        var path = _directory.WriteBytes("val_text.txt", [0xEF, 0xBB, 0xBF, .. "so happy\n"u8]);
        _directory.WriteBytes("val_labels.txt", [0xEF, 0xBB, 0xBF, .. "1\n"u8]);
        _directory.Write("mapping.txt", "0\tanger\n1\tjoy\n2\toptimism\n3\tsadness");

        var item = Assert.Single(DatasetReader.Read(path, ClassificationTask.Emotion));

        Assert.Equal(new LabeledText("so happy", 1), item);
    }

    [Fact]
    public void Read_MappingInOtherOrderAndCase_MapsByName()
    {
        var path = _directory.Write("val_text.txt", "a\nb\n");
        _directory.Write("val_labels.txt", "0\n1\n");
        _directory.Write("mapping.txt", "0\tOFFENSIVE\n1\tNot-Offensive\n");

        var items = DatasetReader.Read(path, ClassificationTask.Offensive);

        Assert.Equal([1, 0], items.Select(i => i.Label));
    }

    [Fact]
    public void Read_MappingOfAnotherTask_Throws()
    {
        var path = _directory.Write("val_text.txt", "a\n");
        _directory.Write("val_labels.txt", "0\n");
        var mapping = _directory.Write("mapping.txt", "0\tnot-hate\n1\thate");

        var error = Assert.Throws<InvalidDataException>(() => DatasetReader.Read(path, ClassificationTask.Offensive));

        Assert.Equal($"{mapping}:1: 'not-hate' is not one of the offensive labels (not-offensive, offensive)", error.Message);
    }

    [Fact]
    public void Read_LineCountsDiffer_Throws()
    {
        var path = _directory.Write("val_text.txt", "a\nb\nc\n");
        var labels = _directory.Write("val_labels.txt", "0\n1\n");
        _directory.Write("mapping.txt", "0\tnot-hate\n1\thate");

        var error = Assert.Throws<InvalidDataException>(() => DatasetReader.Read(path, ClassificationTask.Hate));

        Assert.Equal($"{path} has 3 lines but {labels} has 2", error.Message);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("hate")]
    [InlineData("")]
    public void Read_LabelNotInMapping_ThrowsNamingFileAndLine(string label)
    {
        var path = _directory.Write("val_text.txt", "a\nb\n");
        var labels = _directory.Write("val_labels.txt", $"0\n{label}\n");
        _directory.Write("mapping.txt", "0\tnot-hate\n1\thate");

        var error = Assert.Throws<InvalidDataException>(() => DatasetReader.Read(path, ClassificationTask.Hate));

        Assert.StartsWith($"{labels}:2: label '{label}' is not an index", error.Message);
    }

    [Fact]
    public void Read_MissingMapping_ThrowsFileNotFound()
    {
        var path = _directory.Write("val_text.txt", "a\n");
        _directory.Write("val_labels.txt", "0\n");

        var error = Assert.Throws<FileNotFoundException>(() => DatasetReader.Read(path, ClassificationTask.Hate));

        Assert.Equal(Path.Combine(_directory.Path, "mapping.txt"), error.FileName);
    }

    [Fact]
    public void ReadTextAndLabels_ExplicitPaths_ReadsThem()
    {
        var text = _directory.Write("texts.txt", "bad\ngood\n");
        var labels = _directory.Write("gold.txt", "0\n2\n");
        var mapping = _directory.Write("names.tsv", "0\tnegative\n1\tneutral\n2\tpositive\n");

        var items = DatasetReader.ReadTextAndLabels(text, labels, mapping, ClassificationTask.Sentiment);

        Assert.Equal([new("bad", 0), new LabeledText("good", 2)], items);
    }

    [Fact]
    public void ReadTextAndLabels_MappingListsLabelTwice_Throws()
    {
        var text = _directory.Write("texts.txt", "bad\n");
        var labels = _directory.Write("gold.txt", "0\n");
        var mapping = _directory.Write("names.tsv", "0\thate\n1\tHate\n");

        var error = Assert.Throws<InvalidDataException>(() => DatasetReader.ReadTextAndLabels(text, labels, mapping, ClassificationTask.Hate));

        Assert.StartsWith($"{mapping}:2:", error.Message);
    }

    public void Dispose() => _directory.Dispose();
}
