using System.Globalization;
using SentimentDashboard.Classification;
using SentimentDashboard.Classification.Features;
using SentimentDashboard.Classification.Models;
using SentimentDashboard.Classification.Training;

namespace SentimentDashboard.Cli;

/// <summary><c>train --task T --data FILE... --out PATH</c> with optional tuning switches; last line: the validation report.</summary>
internal static class TrainCommand
{
    public static async Task<int> RunAsync(CliArguments args, CliContext io)
    {
        var task = ClassificationTask.Parse(args.Required("task"));
        var dataFiles = args.Values("data");
        if (dataFiles.Count == 0)
        {
            throw new CliException("missing --data FILE...");
        }

        var output = args.Required("out");
        var options = ReadOptions(args, task);
        var validationFile = args.Optional("valid");
        var folds = args.Integer("cv", 0);
        args.RejectUnknown();

        var rows = dataFiles.SelectMany(file => DatasetReader.Read(file, task)).ToArray();
        if (folds > 0)
        {
            return await CrossValidateAsync(options, rows, folds, io);
        }

        var validation = validationFile is null ? null : DatasetReader.Read(validationFile, task);
        await io.Error.WriteLineAsync($"training {task.Name} on {rows.Length} rows from {dataFiles.Count} file(s)" +
            (validation is null ? $", holding out {options.ValidationFraction:P0} for validation" : $", validating on {validation.Count} rows"));

        using var bar = new ProgressLine(io.Error);
        var trainer = new ModelTrainer(new InlineProgress<TrainingProgress>(p => bar.Update(p.Stage, p.Iteration, p.MaxIterations, p.Loss)));
        var result = trainer.Train(options, rows, validation, dataFiles.Select(Path.GetFileName).OfType<string>().ToArray());
        bar.Done();
        ModelFile.Save(result.Model, output);
        var size = new FileInfo(output).Length;
        await io.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"saved {output} ({size / 1024.0 / 1024.0:F1} MB) after {result.Model.Metadata.Training.Iterations} iterations in {result.Model.Metadata.Training.Seconds:F1} s, temperature {result.Model.Metadata.Temperature:F2}"));
        if (result.Validation is not null)
        {
            await io.Out.WriteLineAsync(result.Validation.FormatTable());
            await io.Out.WriteLineAsync(result.Validation.ToJson());
        }

        return 0;
    }

    private static async Task<int> CrossValidateAsync(TrainingOptions options, IReadOnlyList<LabeledText> rows, int folds, CliContext io)
    {
        using var bar = new ProgressLine(io.Error);
        var reports = CrossValidation.Run(options, rows, folds, new InlineProgress<TrainingProgress>(p => bar.Update(p.Stage, p.Iteration, p.MaxIterations, p.Loss)));
        bar.Done();
        foreach (var report in reports)
        {
            await io.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"fold: accuracy {report.Accuracy:F4} macro_recall {report.MacroRecall:F4} macro_f1 {report.MacroF1:F4}"));
        }

        await io.Out.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"{{\"task\":\"{options.Task.Name}\",\"folds\":{folds},\"accuracy\":{reports.Average(r => r.Accuracy):F4},\"macro_recall\":{reports.Average(r => r.MacroRecall):F4},\"macro_f1\":{reports.Average(r => r.MacroF1):F4},\"macro_f1_sd\":{StandardDeviation(reports.Select(r => r.MacroF1)):F4}}}"));
        return 0;
    }

    private static double StandardDeviation(IEnumerable<double> values)
    {
        var list = values.ToArray();
        var mean = list.Average();
        return Math.Sqrt(list.Sum(v => (v - mean) * (v - mean)) / Math.Max(1, list.Length - 1));
    }

    /// <summary>The word convolution is on when <c>--conv-filters</c> is above 0.</summary>
    private static ConvolutionSettings? ReadConvolution(CliArguments args)
    {
        var defaults = new ConvolutionSettings();
        var filters = args.Integer("conv-filters", 0);
        if (filters == 0)
        {
            return null;
        }

        var settings = new ConvolutionSettings
        {
            Filters = filters,
            MaxWidth = args.Integer("conv-width", defaults.MaxWidth),
            Weight = (float)args.Number("conv-weight", defaults.Weight),
            Epochs = args.Integer("conv-epochs", defaults.Epochs),
        };
        try
        {
            settings.Validate();
        }
        catch (ArgumentException e)
        {
            throw new CliException(e.Message);
        }

        return settings;
    }

    private static TrainingOptions ReadOptions(CliArguments args, ClassificationTask task)
    {
        var (charMin, charMax) = args.Range("char-ngrams", (2, 5));
        var vectorsPath = args.Optional("vectors");
        var lexiconPath = args.Optional("lexicon");
        var profanityPaths = args.Values("profanity");
        var vectors = vectorsPath is null ? null : VectorsFile.Load(vectorsPath).Take(args.Integer("vector-words", 50_000));
        var convolution = ReadConvolution(args);
        if (convolution is not null && vectors is null)
        {
            throw new CliException("--conv-filters needs word vectors (--vectors FILE)");
        }

        var weighting = args.Optional("class-weights") ?? "balanced";
        double? threshold = args.Has("threshold") ? args.Number("threshold", 0.5) : null;
        if (threshold is not null && (task.Labels.Count != 2 || threshold is <= 0 or >= 1))
        {
            throw new CliException($"--threshold: expected a probability between 0 and 1 for a two-class task, got {threshold.Value.ToString(CultureInfo.InvariantCulture)} for {task.Name}");
        }

        return new TrainingOptions
        {
            Task = task,
            Featurizer = new FeaturizerSettings
            {
                HashBits = args.Integer("bits", 20),
                WordNgramMax = args.Integer("word-ngrams", 2),
                CharNgramMin = charMin,
                CharNgramMax = charMax,
                MarkNegation = !args.Has("no-negation"),
                MatchProfanityForms = !args.Has("exact-profanity"),
                HateCues = args.Has("hate-cues"),
            },
            Scales = new BlockScales(
                (float)args.Number("word-scale", 1),
                (float)args.Number("char-scale", 1),
                (float)args.Number("vector-scale", 1)),
            L2 = args.Number("l2", 1e-5),
            MinDocumentFrequency = args.Integer("min-df", 2),
            ClassWeights = weighting switch
            {
                "balanced" => ClassWeighting.Balanced,
                "none" => ClassWeighting.None,
                _ => throw new CliException($"--class-weights: expected balanced or none, got '{weighting}'"),
            },
            MaxIterations = args.Integer("max-iter", 150),
            Seed = args.Integer("seed", 42),
            ValidationFraction = args.Number("holdout", 0.1),
            Refit = !args.Has("no-refit"),
            OffsetFolds = args.Integer("tune-offsets", 0),
            Threshold = threshold,
            Vectors = vectors,
            Convolution = convolution,
            VectorsSource = vectorsPath is null ? null : Path.GetFileName(vectorsPath),
            Lexicon = lexiconPath is null ? null : SentimentLexicon.ParseVader(lexiconPath),
            LexiconSource = lexiconPath is null ? null : Path.GetFileName(lexiconPath),
            Profanity = profanityPaths.Count == 0 ? null : ProfanityList.Load(profanityPaths),
            ProfanitySources = profanityPaths.Select(Path.GetFileName).OfType<string>().ToArray(),
        };
    }
}
