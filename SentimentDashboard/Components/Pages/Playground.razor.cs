using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using SentimentDashboard.Analysis.Risk;
using SentimentDashboard.Analysis.Risk.SecondOpinion;
using SentimentDashboard.Classification;

namespace SentimentDashboard.Components.Pages;

public sealed partial class Playground(
    ITextAnalyzer analyzer, TextRiskAnalyzer riskAnalyzer, SecondOpinionClient secondOpinion, ModelCatalog catalog, ILogger<Playground> logger)
{
    private const int MaxLength = 5000;

    private MudForm? form;
    private string? text;
    private string? failure;
    private int? analysedWords;
    private IReadOnlyList<ModelOutput> outputs = [];
    private RiskAssessment? risk;
    private string? analysedText;
    private SecondOpinionResult? opinion;
    private bool asking;
    private readonly CancellationTokenSource closed = new();

    private static string? Problem(string? value) =>
        string.IsNullOrWhiteSpace(value) ? "Type some text first."
        : value.Length > MaxLength ? $"At most {MaxLength:N0} characters."
        : null;

    private Task AnalyseOnCtrlEnterAsync(KeyboardEventArgs e) => e is { Key: "Enter", CtrlKey: true } ? AnalyseAsync() : Task.CompletedTask;

    private async Task AnalyseAsync()
    {
        failure = null;
        if (form is null)
        {
            return;
        }

        await form.ValidateAsync();
        if (!form.IsValid || text is null)
        {
            analysedWords = null;
            return;
        }

        var input = text.Trim();
        outputs = [];
        risk = null;
        opinion = null;
        analysedText = input;
        analysedWords = input.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        try
        {
            outputs = analyzer.Analyze(input);
            risk = riskAnalyzer.Analyze(input);
        }
        catch (Exception ex)
        {
            LogAnalysisFailed(logger, ex);
            analysedWords = null;
            failure = "The analysis failed; the error was logged.";
        }
    }

    /// <summary>Asks the LLM about the analysed text; an answer that arrives after another text was analysed is dropped.</summary>
    private async Task AskSecondOpinionAsync()
    {
        if (analysedText is not { } asked || asking)
        {
            return;
        }

        asking = true;
        opinion = null;
        try
        {
            var result = await secondOpinion.AskAsync(asked, closed.Token);
            if (asked == analysedText)
            {
                opinion = result;
            }
        }
        catch (OperationCanceledException) when (closed.IsCancellationRequested)
        {
            // The page was closed while the model was thinking.
        }
        finally
        {
            asking = false;
        }
    }

    public void Dispose()
    {
        closed.Cancel();
        closed.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Playground analysis failed")]
    private static partial void LogAnalysisFailed(ILogger logger, Exception exception);
}
