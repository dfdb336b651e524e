using SentimentDashboard.Classification;

namespace SentimentDashboard.Tests.Infrastructure;

/// <summary>The labelled texts of Fixtures/datasets; Fixtures/README.md says how each file was made.</summary>
public static class DatasetFixtures
{
    public static string Path(params string[] relative) => FixtureFiles.Path(["datasets", .. relative]);

    /// <summary>Every post of the sentiment files, in all their shapes: written for the tests, so no shipped model was trained on them.</summary>
    public static IReadOnlyList<LabeledText> SentimentPosts() =>
        [.. Directory.GetFiles(Path("sentiment"), "*.tsv").Order(StringComparer.Ordinal).SelectMany(file => DatasetReader.Read(file, ClassificationTask.Sentiment))];
}
