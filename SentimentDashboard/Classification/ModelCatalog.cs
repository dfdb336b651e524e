using Microsoft.Extensions.Options;
using SentimentDashboard.Classification.Models;

namespace SentimentDashboard.Classification;

/// <summary>
/// The models the app uses, one per task, loaded once at start. A missing or corrupt file is logged with its reason
/// and that task is left out; the rest of the app keeps working.
/// </summary>
public sealed partial class ModelCatalog : IDisposable
{
    private readonly List<TextClassifier> _classifiers = [];
    private readonly List<string> _problems = [];

    public ModelCatalog(IOptions<ModelsOptions> options, ILogger<ModelCatalog> logger)
    {
        Directory = ModelDirectory.Find(options.Value.Directory);
        if (Directory is null)
        {
            _problems.Add("no models folder found");
            LogNoFolder(logger, options.Value.Directory ?? "models/");
            return;
        }

        foreach (var task in ClassificationTask.All)
        {
            var path = ModelDirectory.PathOf(Directory, task);
            if (!File.Exists(path))
            {
                _problems.Add($"{task.Name}: {path} is missing");
                continue;
            }

            try
            {
                var model = ModelFile.Load(path);
                if (model.Metadata.Task != task.Name)
                {
                    throw new InvalidDataException($"'{path}' holds a {model.Metadata.Task} model, not {task.Name}");
                }

                _classifiers.Add(new TextClassifier(model));
                LogLoaded(logger, task.Name, path);
            }
            catch (InvalidDataException e)
            {
                _problems.Add(e.Message);
                LogUnusable(logger, task.Name, e.Message);
            }
        }
    }

    public string? Directory { get; }

    public IReadOnlyList<TextClassifier> Classifiers => _classifiers;

    /// <summary>Why a model is absent, for the status page and health check.</summary>
    public IReadOnlyList<string> Problems => _problems;

    public TextClassifier? For(ClassificationTask task) => _classifiers.FirstOrDefault(c => c.Task == task.Name);

    public void Dispose()
    {
        foreach (var classifier in _classifiers)
        {
            classifier.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the {Task} model from {Path}")]
    private static partial void LogLoaded(ILogger logger, string task, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "The {Task} model is not used: {Reason}")]
    private static partial void LogUnusable(ILogger logger, string task, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No model folder found ({Folder}); classification is off")]
    private static partial void LogNoFolder(ILogger logger, string folder);
}
