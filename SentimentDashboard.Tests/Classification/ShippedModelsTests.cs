using SentimentDashboard.Classification;
using SentimentDashboard.Classification.Features;
using SentimentDashboard.Classification.Models;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Classification;

/// <summary>The model files committed under models/: present, loadable, labelled in the documented order, small enough.</summary>
public sealed class ShippedModelsTests
{
    private static string ModelsFolder => Path.Combine(RepositoryRoot.Path, "models");

    public static TheoryData<string> Tasks => new(ClassificationTask.All.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(Tasks))]
    public void ShippedModel_LoadsWithTheTasksLabelsAndItsTrainingRecord(string taskName)
    {
        var task = ClassificationTask.Parse(taskName);
        var path = ModelDirectory.PathOf(ModelsFolder, task);
        var model = ModelFile.Load(path);

        Assert.Equal(task.Name, model.Metadata.Task);
        Assert.Equal(task.Labels, model.Labels);
        Assert.NotNull(model.Metadata.Training.ValidationReport);
        Assert.NotEmpty(model.Metadata.Training.DataHash);
        Assert.True(new FileInfo(path).Length <= 25 * 1024 * 1024, $"{path} is over 25 MB");
    }

    [Fact]
    public void ShippedHateModel_ReadsTheHateCuesAndNamesTheirWordsWhenExplaining()
    {
        var model = ModelFile.Load(ModelDirectory.PathOf(ModelsFolder, ClassificationTask.Hate));
        using var classifier = new TextClassifier(model);

        var prediction = classifier.Predict("these invaders should all be deported");
        var terms = classifier.Explain("these invaders should all be deported", top: 3);

        Assert.True(model.Metadata.Featurizer.HateCues);
        Assert.Equal("hate", prediction.Label);
        Assert.Contains(terms, t => t.Term is "invaders" or "deported");
    }

    [Fact]
    public void ShippedEmotionModel_FollowsTheOrderOfMappingTxt()
    {
        var mapping = File.ReadAllLines(DatasetFixtures.Path("emotion", "mapping.txt"))
            .Select(line => line.Split('\t')[1].Trim())
            .ToArray();
        Assert.Equal(mapping, ModelFile.Load(ModelDirectory.PathOf(ModelsFolder, ClassificationTask.Emotion)).Labels);
    }

    [Fact]
    public void ShippedModels_ShareOneFeaturization()
    {
        var models = ClassificationTask.All.Select(t => ModelFile.Load(ModelDirectory.PathOf(ModelsFolder, t))).ToArray();
        Assert.Equal(1, new ModelSet(models).FeaturizationGroups);
    }

    [Theory]
    [MemberData(nameof(Tasks))]
    public void ShippedModel_ProfanityList_MarksObscenitiesButNoIdentityTerm(string taskName)
    {
        // One shared mark pushes every listed word the same way: an identity term on the list would make neutral
        // sentences about that group look offensive.
        var model = ModelFile.Load(ModelDirectory.PathOf(ModelsFolder, ClassificationTask.Parse(taskName)));
        var list = model.Profanity;

        Assert.NotNull(list);
        Assert.True(list.Contains("fuck"));
        var matcher = new ProfanityMatcher(list, model.Vectors, model.Metadata.Featurizer.MatchProfanityForms);
        Assert.True(matcher.Matches("fucked", elongated: false));
        string[] identityTerms =
        [
            "gay", "gays", "lesbian", "lesbians", "bisexual", "trans", "transgender", "queer", "homosexual", "black", "blacks",
            "white", "whites", "african", "asian", "asians", "mexican", "mexicans", "latino", "arab", "arabs", "muslim",
            "muslims", "islam", "islamic", "jew", "jews", "jewish", "christian", "christians", "immigrant", "immigrants",
            "refugee", "refugees", "woman", "women", "girl", "girls", "feminist", "disabled", "nazi", "nazis",
        ];
        Assert.DoesNotContain(identityTerms, term => matcher.Matches(term, elongated: false) || matcher.Matches(term + "s", elongated: false));
    }

    [Fact]
    public void Find_WithoutConfiguration_FindsTheRepositoryModelsFolderFromTheBuildOutput()
    {
        // The test runs from bin/...; the folder is found by walking up from the executable, as for the app's apphost.
        Assert.Equal(Path.GetFullPath(ModelsFolder), ModelDirectory.Find());
    }

    [Fact]
    public void Find_ConfiguredFolderThatDoesNotExist_GivesNull()
    {
        Assert.Null(ModelDirectory.Find("/nonexistent/models"));
    }
}
