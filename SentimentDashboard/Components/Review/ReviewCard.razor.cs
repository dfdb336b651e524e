using Microsoft.AspNetCore.Components;
using MudBlazor;
using SentimentDashboard.Analysis.Risk;
using SentimentDashboard.Analysis.Risk.SecondOpinion;
using SentimentDashboard.Components.Layout;
using SentimentDashboard.Review;

namespace SentimentDashboard.Components.Review;

public sealed partial class ReviewCard
{
    private const int ShownCharacters = 2_000;

    private bool relabelling;
    private bool hate;
    private bool offensive;
    private string sentiment = "neutral";
    private string category = "neutral";
    private string? note;

    [CascadingParameter]
    private ViewerPreferences Viewer { get; set; } = default!;

    [Parameter, EditorRequired]
    public ReviewItemEntity Item { get; set; } = default!;

    /// <summary>Whether the LLM is asked about this item (it says the answer is awaited while none is there).</summary>
    [Parameter]
    public bool Asking { get; set; }

    [Parameter]
    public EventCallback<(long Id, Func<ReviewItemEntity, ReviewDecision> Decide)> OnDecide { get; set; }

    [Parameter]
    public EventCallback<long> OnReopen { get; set; }

    [Parameter]
    public EventCallback<long> OnAskAgain { get; set; }

    /// <summary>A post may be megabytes long: the card shows its start.</summary>
    private string Shown => Item.Text.Length > ShownCharacters ? Item.Text[..ShownCharacters] : Item.Text;

    private SecondOpinionResult? Opinion => Item.OpinionAt is null ? null
        : Item.OpinionError is { } error ? SecondOpinionResult.Failed(error)
        : SecondOpinionResult.Of(new SecondOpinion(
            Item.OpinionCategory ?? "", Item.OpinionVirality ?? "", Item.OpinionHate ?? false, Item.OpinionTarget, Item.OpinionJustification ?? "", Item.OpinionScore ?? 0, Item.OpinionModel ?? ""));

    private int Hidden => Math.Max(0, Item.Text.Length - ShownCharacters);

    private string Labels => string.Join(" · ",
        $"hateful {YesNo(Item.LabelHate)}", $"offensive {YesNo(Item.LabelOffensive)}", $"sentiment {Item.LabelSentiment ?? "–"}", $"category {Item.LabelCategory ?? "–"}");

    private Color StatusColor => Item.Status switch
    {
        ReviewStatus.Confirmed => Color.Error,
        ReviewStatus.Relabelled => Color.Info,
        _ => Color.Default,
    };

    private static string YesNo(bool? value) => value switch { true => "yes", false => "no", null => "–" };

    private static Color CategoryColor(string? category) => category switch
    {
        "hateful" => Color.Error,
        "polemic" => Color.Warning,
        "potentially viral" => Color.Info,
        _ => Color.Default,
    };

    private void StartRelabel()
    {
        (hate, offensive, sentiment, category, note) = (Item.ModelHate, Item.ModelOffensive, Item.ModelSentiment, Item.ModelCategory, null);
        relabelling = true;
    }

    /// <summary>The category follows the hate switch (hateful, or polemic when still offensive); it can still be set by hand after.</summary>
    private void OnHateChanged(bool value)
    {
        hate = value;
        category = value ? RiskNames.Of(RiskCategory.Hateful)
            : category == RiskNames.Of(RiskCategory.Hateful) ? RiskNames.Of(offensive ? RiskCategory.Polemic : RiskCategory.Neutral)
            : category;
    }

    private Task ConfirmAsync() => OnDecide.InvokeAsync((Item.Id, item => ReviewDecision.Confirm(item, null)));

    private Task DismissAsync() => OnDecide.InvokeAsync((Item.Id, _ => ReviewDecision.Dismiss(null)));

    private async Task SaveRelabelAsync()
    {
        var labels = (hate, offensive, sentiment, category, note);
        relabelling = false;
        await OnDecide.InvokeAsync((Item.Id, _ => ReviewDecision.Relabel(labels.hate, labels.offensive, labels.sentiment, labels.category, labels.note)));
    }
}
