using SentimentDashboard.Classification;

namespace SentimentDashboard.Components.Pages;

public sealed partial class Playground(IServiceProvider services, ILogger<Playground> logger)
{
    private const int MaxLength = 5000;

    // Optional on purpose: until a model is trained or installed there is no analyzer, and the page says so.
    private readonly ITextAnalyzer? analyzer = services.GetService<ITextAnalyzer>();

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
        if (analyzer is null)
        {
            return;
        }

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
