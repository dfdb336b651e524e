using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using SentimentDashboard.Analysis.Risk;
using SentimentDashboard.Classification;

namespace SentimentDashboard.Components.Pages;

public sealed partial class Playground(ITextAnalyzer analyzer, TextRiskAnalyzer riskAnalyzer, ModelCatalog catalog, ILogger<Playground> logger)
{
    private const int MaxLength = 5000;

    private MudForm? form;
    private string? text;
    private string? failure;
    private int? analysedWords;
    private IReadOnlyList<ModelOutput> outputs = [];
    private RiskAssessment? risk;

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

    [LoggerMessage(Level = LogLevel.Error, Message = "Playground analysis failed")]
    private static partial void LogAnalysisFailed(ILogger logger, Exception exception);
}
