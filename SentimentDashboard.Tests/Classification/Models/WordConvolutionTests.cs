using SentimentDashboard.Classification;
using SentimentDashboard.Classification.Features;
using SentimentDashboard.Classification.Models;
using SentimentDashboard.Classification.Training;

namespace SentimentDashboard.Tests.Classification.Models;

public sealed class WordConvolutionTests
{
    private static readonly string[] Filler = ["the", "a", "today", "my", "with", "and", "saw", "near"];

    private static readonly Lazy<TrainingResult> OrderModel = new(() => new ModelTrainer().Train(
        Options(new ConvolutionSettings { Filters = 8, MaxWidth = 2, Epochs = 25, Weight = 1 }), OrderCorpus(200, seed: 1), OrderCorpus(60, seed: 2), ["order"]));

    [Fact]
    public void PoolProjections_TwoWords_TakesTheBestWindowPerWidthThenReLU()
    {
        var settings = new ConvolutionSettings { Filters = 1, MaxWidth = 2 };

        // Per position, one value per kernel slot: [width 1], [width 2, first word], [width 2, second word].
        float[] projections = [1, 2, 10, 3, 4, -1];
        float[] bias = [0.5f, -100];
        var pooled = new float[2];
        var argMax = new int[2];

        ConvolutionMath.PoolProjections(settings, projections, 2, bias, pooled, argMax);

        // Width 1: 0.5 + 1 or 0.5 + 3. Width 2: -100 + 2 - 1 = -99, or -100 + 4 past the end = -96; ReLU makes it 0.
        Assert.Equal([3.5f, 0f], pooled);
        Assert.Equal([1, 1], argMax);
    }

    [Fact]
    public void PoolProjections_NoWords_GivesTheReLUOfTheBias()
    {
        var settings = new ConvolutionSettings { Filters = 2, MaxWidth = 1 };
        var pooled = new float[2];

        ConvolutionMath.PoolProjections(settings, [], 0, [0.25f, -1f], pooled, []);

        Assert.Equal([0.25f, 0f], pooled);
    }

    [Fact]
    public void Pool_FromTheInt8Table_AgreesWithPoolingExactProjections()
    {
        var convolution = OrderModel.Value.Model.Convolution!;
        var settings = convolution.Settings;
        int[] rows = [0, 1, 2, 3, 1, 5];
        var stride = settings.SlotCount * settings.Filters;
        var projections = new float[rows.Length * stride];
        var unit = new float[convolution.Vectors.Dimensions];
        for (var t = 0; t < rows.Length; t++)
        {
            convolution.Vectors.UnitVector(rows[t], unit);
            ConvolutionMath.Project(unit, convolution.Kernels, settings.SlotCount, settings.Filters, projections.AsSpan(t * stride, stride));
        }

        var exact = new float[settings.PooledCount];
        ConvolutionMath.PoolProjections(settings, projections, rows.Length, convolution.Bias, exact, []);
        var pooled = new float[settings.PooledCount];
        convolution.Pool(rows, pooled);

        Assert.Contains(exact, value => value > 0);
        for (var k = 0; k < exact.Length; k++)
        {
            // Each word's projections are int8 with one scale: at most half a step (1/254 of its largest) off per word.
            Assert.True(Math.Abs(exact[k] - pooled[k]) < 0.03f, $"feature {k}: {exact[k]} vs {pooled[k]}");
        }
    }

    [Fact]
    public void Train_LabelGivenByWordOrder_TheConvolutionLearnsWhatTheBagOfWordsCannot()
    {
        // "red car" (adjacent, in that order) is positive; the same two words apart or reversed are negative.
        var bagOfWords = new ModelTrainer().Train(Options(convolution: null), OrderCorpus(200, seed: 1), OrderCorpus(60, seed: 2), ["order"]).Validation!;
        var convolution = OrderModel.Value.Validation!;

        Assert.True(bagOfWords.Accuracy < 0.8, $"bag of words: {bagOfWords.Accuracy}");
        Assert.True(convolution.Accuracy >= 0.95, $"convolution: {convolution.Accuracy}");
    }

    [Fact]
    public void Explain_ConvolutionModel_CreditsTheWordsOfTheDecisiveWindow()
    {
        using var classifier = new TextClassifier(OrderModel.Value.Model);

        var prediction = classifier.Predict("today red car with my");
        var terms = classifier.Explain("today red car with my");

        Assert.Equal("offensive", prediction.Label);
        Assert.Equal(["car", "red"], terms.Take(2).Select(t => t.Term).Order());
        Assert.All(terms.Take(2), t => Assert.True(t.Weight > 0));
    }

    [Fact]
    public void Predict_TextOfManyMoreWordsThanTheConvolutionReads_ScoresWithinBoundedMemory()
    {
        using var classifier = new TextClassifier(OrderModel.Value.Model);
        var huge = string.Concat(Enumerable.Repeat("the red car with my ", 400_000));
        var before = GC.GetAllocatedBytesForCurrentThread();

        var prediction = classifier.Predict(huge);

        Assert.Equal("offensive", prediction.Label);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 400_000_000, "the convolution's scratch grew with the text");
    }

    [Fact]
    public void Train_SameSeed_GivesIdenticalWeights()
    {
        var rows = OrderCorpus(60, seed: 3);
        var options = Options(new ConvolutionSettings { Filters = 8, MaxWidth = 2, Epochs = 3 });

        var first = new ModelTrainer().Train(options, rows, null, ["order"]).Model.Convolution!;
        var second = new ModelTrainer().Train(options, rows, null, ["order"]).Model.Convolution!;

        Assert.True(first.Kernels.SequenceEqual(second.Kernels));
        Assert.True(first.Output.SequenceEqual(second.Output));
    }

    [Fact]
    public void Train_Refit_KeepsTheValidatedConvolutionAndRefitsTheLinearPart()
    {
        var (rows, validation) = (OrderCorpus(60, seed: 5), OrderCorpus(20, seed: 6));
        var options = Options(new ConvolutionSettings { Filters = 8, MaxWidth = 2, Epochs = 2 });

        var validated = new ModelTrainer().Train(options, rows, validation, ["order"]).Model;
        var refitted = new ModelTrainer().Train(options with { Refit = true }, rows, validation, ["order"]).Model;

        Assert.True(validated.Convolution!.Kernels.SequenceEqual(refitted.Convolution!.Kernels));
        Assert.False(validated.Rows.SequenceEqual(refitted.Rows));
    }

    [Fact]
    public void Constructor_ConvolutionTheMetadataDoesNotDescribe_IsRejected()
    {
        var model = new ModelTrainer().Train(Options(new ConvolutionSettings { Filters = 8, Epochs = 1 }), OrderCorpus(20, seed: 4), null, ["order"]).Model;

        var error = Assert.Throws<InvalidDataException>(() => new LinearModel(
            model.Metadata with { Convolution = null }, model.Rows.ToArray(), model.DenseWeights.ToArray(), model.Bias.ToArray(), model.Vectors, null, null, model.Convolution));

        Assert.Contains("word convolution does not match", error.Message);
    }

    internal static TrainingOptions Options(ConvolutionSettings? convolution) => new()
    {
        Task = ClassificationTask.Offensive,
        Featurizer = new FeaturizerSettings { HashBits = 14, WordNgramMax = 1, CharNgramMin = 0, CharNgramMax = 0 },
        Vectors = RandomVectors(["red", "car", .. Filler], seed: 9),
        Convolution = convolution,
        Refit = false,
    };

    internal static IReadOnlyList<LabeledText> OrderCorpus(int perClass, int seed)
    {
        var random = new Random(seed);
        var rows = new List<LabeledText>();
        for (var i = 0; i < perClass; i++)
        {
            for (var label = 0; label < 2; label++)
            {
                var words = Enumerable.Range(0, 4).Select(_ => Filler[random.Next(Filler.Length)]).ToList();
                var at = random.Next(words.Count + 1);
                string[] pair = label == 1 ? ["red", "car"] : random.Next(2) == 0 ? ["car", "red"] : ["red", Filler[random.Next(Filler.Length)], "car"];
                words.InsertRange(at, pair);
                rows.Add(new LabeledText(string.Join(' ', words), label));
            }
        }

        return rows;
    }

    private static WordVectors RandomVectors(IEnumerable<string> words, int seed)
    {
        var random = new Random(seed);
        return WordVectors.Quantize(words.Select(w => (w, Enumerable.Range(0, 6).Select(_ => (random.NextSingle() * 2) - 1).ToArray())).ToList());
    }
}
