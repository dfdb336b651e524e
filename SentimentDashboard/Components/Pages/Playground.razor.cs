using SentimentDashboard.Classification;

namespace SentimentDashboard.Components.Pages;

public sealed partial class Playground(ITextAnalyzer analyzer, ModelCatalog catalog, ILogger<Playground> logger)
{
    private const int MaxLength = 5000;

    private string text = "";
    private string? message;
    private int? analysedWords;
    private IReadOnlyList<ModelOutput> outputs = [];

    private void Analyse()
    {
        message = null;
        var input = text.Trim();
        if (input.Length == 0)
        {
            message = "Type some text first.";
            return;
        }

        outputs = [];
        analysedWords = input.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

        try
        {
            outputs = analyzer.Analyze(input);
        }
        catch (Exception ex)
        {
            LogAnalysisFailed(logger, ex);
            analysedWords = null;
            message = "The analysis failed; the error was logged.";
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Playground analysis failed")]
    private static partial void LogAnalysisFailed(ILogger logger, Exception exception);
}
