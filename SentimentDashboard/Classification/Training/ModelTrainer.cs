using System.Diagnostics;
using SentimentDashboard.Classification.Features;
using SentimentDashboard.Classification.Models;

namespace SentimentDashboard.Classification.Training;

/// <summary>Trains, validates, calibrates and (optionally) refits a <see cref="LinearModel"/>.</summary>
public sealed class ModelTrainer(IProgress<TrainingProgress>? progress = null)
{
    public TrainingResult Train(TrainingOptions options, IReadOnlyList<LabeledText> training, IReadOnlyList<LabeledText>? validation, IReadOnlyList<string> dataFiles, CancellationToken cancellation = default)
    {
        var stopwatch = Stopwatch.StartNew();
        options.Featurizer.Validate();
        var fitRows = training;
        if (validation is null && options.ValidationFraction > 0)
        {
            (fitRows, validation) = StratifiedSplit.Split(training, options.ValidationFraction, options.Seed);
        }

        var offsets = TuneOffsets(options, fitRows, cancellation);
        var featurized = Featurize(options, fitRows);
        var fitted = WithConvolution(options, WithOffsets(Fit(options, fitRows, featurized, 1f, cancellation), offsets), fitRows, featurized, cancellation);
        EvaluationReport? report = null;
        var temperature = 1f;
        float[]? threshold = null;
        if (validation is { Count: > 0 })
        {
            progress?.Report(new TrainingProgress("validating", 0, 0, 0));
            var logits = BatchScoring.Logits(fitted, validation.Select(v => v.Text).ToArray());
            var gold = validation.Select(v => v.Label).ToArray();
            temperature = TemperatureScaling.Fit(logits, gold);
            threshold = ThresholdOffsets(options, temperature);
            var probabilities = logits.Select(z =>
            {
                var p = (float[])z.Clone();
                for (var c = 0; c < p.Length && threshold is not null; c++)
                {
                    p[c] += threshold[c];
                }

                LinearModel.Softmax(p, 1f / temperature);
                return p;
            }).ToArray();
            var predicted = probabilities.Select(p => BatchScoring.ArgMax(p)).ToArray();
            report = Evaluator.Evaluate(options.Task, gold, predicted, probabilities);
            if (options.Refit)
            {
                // Starting from the validated weights on barely more data, a third of the iterations is plenty. The word
                // convolution, trained on its own, is kept as validated: training it again on barely more data cost the
                // sentiment model a sixth of its training time.
                var refit = options with { MaxIterations = Math.Max(20, options.MaxIterations / 3) };
                LabeledText[] all = [.. fitRows, .. validation];
                FeaturizedText[] allFeaturized = [.. featurized, .. Featurize(options, validation)];
                var linear = WithOffsets(Fit(refit, all, allFeaturized, temperature, cancellation, start: WithOffsets(fitted, Negated(offsets))), offsets);
                fitted = fitted.Convolution is { } convolution ? linear.WithConvolution(convolution) : linear;
            }

            fitted = WithOffsets(fitted, threshold);
        }

        var metadata = fitted.Metadata with
        {
            Temperature = temperature,
            Training = fitted.Metadata.Training with
            {
                DataHash = DatasetReader.ComputeHash(training),
                DataFiles = dataFiles,
                ValidationRows = validation?.Count ?? 0,
                Seconds = Math.Round(stopwatch.Elapsed.TotalSeconds, 2),
                ValidationReport = report?.ToJson(),
                DecisionOffsets = Sum(offsets, threshold) ?? [],
                Threshold = threshold is null ? null : options.Threshold,
            },
        };
        return new TrainingResult(fitted.With(metadata: metadata), report);
    }

    /// <summary>Offsets tuned on out-of-fold logits of the training rows, or null when <see cref="TrainingOptions.OffsetFolds"/> is off.</summary>
    private float[]? TuneOffsets(TrainingOptions options, IReadOnlyList<LabeledText> rows, CancellationToken cancellation)
    {
        if (options.OffsetFolds < 2)
        {
            return null;
        }

        var logits = CrossValidation.OutOfFoldLogits(options, rows, options.OffsetFolds, progress, cancellation);
        var gold = rows.Select(r => r.Label).ToArray();
        return DecisionOffsets.Tune(logits, gold, options.Task.Labels.Count, macroRecall: options.Task.Name == ClassificationTask.Sentiment.Name);
    }

    private static LinearModel WithOffsets(LinearModel model, float[]? offsets)
    {
        if (offsets is null)
        {
            return model;
        }

        var bias = model.Bias.ToArray();
        for (var c = 0; c < bias.Length; c++)
        {
            bias[c] += offsets[c];
        }

        return model.With(bias: bias);
    }

    /// <summary>Trains the word convolution, when asked for, on the same rows (as the linear fit featurized them) and adds it to the model.</summary>
    private LinearModel WithConvolution(TrainingOptions options, LinearModel model, IReadOnlyList<LabeledText> rows, IReadOnlyList<FeaturizedText> featurized, CancellationToken cancellation)
    {
        if (options.Convolution is null)
        {
            return model;
        }

        var vectors = options.Vectors ?? throw new ArgumentException("a word convolution needs word vectors (--vectors)");
        var texts = featurized.Select(text => text.VectorRows).ToArray();
        var labels = rows.Select(r => r.Label).ToArray();
        var classes = options.Task.Labels.Count;
        var convolution = new ConvolutionTrainer(progress).Train(
            options.Convolution, vectors, texts, labels, SampleWeights(labels, classes, options.ClassWeights), classes, options.Seed, cancellation);
        return model.WithConvolution(convolution);
    }

    private static float[]? Negated(float[]? offsets) => offsets?.Select(o => -o).ToArray();

    private static float[]? Sum(float[]? a, float[]? b) => a is null ? b : b is null ? a : a.Zip(b, (x, y) => x + y).ToArray();

    /// <summary>
    /// Offsets that make a two-class model decide the second class when its calibrated probability reaches
    /// <see cref="TrainingOptions.Threshold"/>: its log-odds move down by logit(threshold), in raw logits (times the
    /// temperature). Folded into the bias, so the probabilities the app shows agree with the decision (0.5 at the threshold).
    /// </summary>
    private static float[]? ThresholdOffsets(TrainingOptions options, float temperature)
    {
        if (options.Threshold is not { } threshold)
        {
            return null;
        }

        return [0f, -(float)(temperature * Math.Log(threshold / (1 - threshold)))];
    }

    private FeaturizedText[] Featurize(TrainingOptions options, IReadOnlyList<LabeledText> rows)
    {
        progress?.Report(new TrainingProgress("featurizing", 0, 0, 0));
        return DesignBuilder.Featurize(rows.Select(r => r.Text).ToArray(), options.Featurizer, options.Vectors, options.Lexicon, options.Profanity);
    }

    /// <summary>Fits the linear model on <paramref name="rows"/>, whose featurized texts <paramref name="featurized"/> holds in the same order.</summary>
    private LinearModel Fit(TrainingOptions options, IReadOnlyList<LabeledText> rows, FeaturizedText[] featurized, float temperature, CancellationToken cancellation, LinearModel? start = null)
    {
        var classes = options.Task.Labels.Count;
        var settings = options.Featurizer;
        var dimensions = HashedFeaturizer.DenseDimensions(options.Vectors, options.Lexicon, settings);
        var df = DesignBuilder.DocumentFrequencies(featurized, settings.BucketCount);
        var idf = DesignBuilder.InverseDocumentFrequencies(df, featurized.Length);
        var design = DesignBuilder.Build(featurized, df, idf, options.Scales, dimensions, options.Vectors?.Dimensions ?? 0, options.MinDocumentFrequency, out var columnToBucket);
        var labels = rows.Select(r => r.Label).ToArray();
        var objective = new SoftmaxObjective(design, labels, SampleWeights(labels, classes, options.ClassWeights), classes, options.L2);
        var result = Lbfgs.Minimize(
            objective.Evaluate,
            InitialWeights(objective, design, columnToBucket, start),
            options.MaxIterations,
            options.Tolerance,
            progress: (iteration, loss) => progress?.Report(new TrainingProgress("optimising", iteration, options.MaxIterations, loss)),
            cancellation: cancellation);

        var x = result.Solution;
        var stride = classes + 1;
        var weights = new float[settings.BucketCount * stride];
        for (var b = 0; b < settings.BucketCount; b++)
        {
            weights[b * stride] = idf[b];
        }

        for (var column = 0; column < columnToBucket.Length; column++)
        {
            for (var c = 0; c < classes; c++)
            {
                weights[(columnToBucket[column] * stride) + 1 + c] = (float)x[(column * classes) + c];
            }
        }

        var denseOffset = design.ColumnCount * classes;
        var dense = new float[dimensions * classes];
        for (var i = 0; i < dense.Length; i++)
        {
            dense[i] = (float)x[denseOffset + i];
        }

        var bias = new float[classes];
        for (var c = 0; c < classes; c++)
        {
            bias[c] = (float)x[objective.BiasOffset + c];
        }

        var metadata = new ModelMetadata
        {
            Task = options.Task.Name,
            Labels = options.Task.Labels,
            Featurizer = settings,
            Scales = options.Scales,
            Temperature = temperature,
            VectorsHash = options.Vectors?.ComputeHash(),
            LexiconHash = options.Lexicon?.ComputeHash(),
            ProfanityHash = options.Profanity?.ComputeHash(),
            Training = new TrainingSummary
            {
                CreatedUtc = DateTimeOffset.UtcNow,
                TrainingRows = rows.Count,
                L2 = options.L2,
                ClassWeights = options.ClassWeights.ToString().ToLowerInvariant(),
                Seed = options.Seed,
                Iterations = result.Iterations,
                VectorsSource = options.VectorsSource,
                LexiconSource = options.LexiconSource,
                ProfanitySources = options.ProfanitySources,
            },
        };
        return new LinearModel(metadata, weights, dense, bias, options.Vectors, options.Lexicon, options.Profanity);
    }

    private static double[] InitialWeights(SoftmaxObjective objective, SparseDesign design, int[] columnToBucket, LinearModel? start)
    {
        var x = new double[objective.Dimension];
        if (start is null)
        {
            return x;
        }

        var classes = objective.Classes;
        for (var column = 0; column < columnToBucket.Length; column++)
        {
            var row = start.Row(columnToBucket[column]);
            for (var c = 0; c < classes; c++)
            {
                x[(column * classes) + c] = row[c + 1];
            }
        }

        var dense = start.DenseWeights;
        for (var i = 0; i < dense.Length; i++)
        {
            x[(design.ColumnCount * classes) + i] = dense[i];
        }

        for (var c = 0; c < classes; c++)
        {
            x[objective.BiasOffset + c] = start.Bias[c];
        }

        return x;
    }

    private static float[] SampleWeights(int[] labels, int classes, ClassWeighting weighting)
    {
        var counts = new int[classes];
        foreach (var label in labels)
        {
            counts[label]++;
        }

        return labels.Select(label => weighting == ClassWeighting.Balanced
            ? (float)labels.Length / (classes * counts[label])
            : 1f).ToArray();
    }
}
