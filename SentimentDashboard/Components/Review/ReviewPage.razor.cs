using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;
using MudBlazor;
using SentimentDashboard.Analysis;
using SentimentDashboard.Components.Shared;
using SentimentDashboard.Review;

namespace SentimentDashboard.Components.Review;

/// <summary>The review queue: pending items (highest risk first, live) and the decisions taken, with their exports.</summary>
public sealed partial class ReviewPage(
    ReviewQueue queue, ReviewNotices notices, ReviewSecondOpinions opinions, DashboardQueries dashboard, IOptions<ReviewOptions> options, ISnackbar snackbar)
{
    private static readonly string[] TrainingTasks = ["hate", "offensive", "sentiment"];
    private static readonly ReviewStatus[] DecidedStatuses = [ReviewStatus.Confirmed, ReviewStatus.Dismissed, ReviewStatus.Relabelled];

    private IReadOnlyList<ReviewItemEntity> items = [];
    private int pending;
    private bool decided;
    private ReviewStatus? status;
    private long? monitorId;
    private IReadOnlyList<MonitorChoice> monitors = [];
    private SignedInUser user = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? Authentication { get; set; }

    private double MinimumRisk => options.Value.MinimumRisk;

    private ReviewFilter Filter => new(decided, decided ? status : null, monitorId);

    private string ExportPath => "export/reviews.csv" + Filter.ToQuery();

    protected override async Task OnInitializedAsync()
    {
        user = await SignedInUser.OfAsync(Authentication);
        var refresh = Coalesced(TimeSpan.FromMilliseconds(500), LoadAsync);
        Keep(notices.Subscribe(_ => refresh.Trigger()));
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        items = await queue.ListAsync(Filter, CancellationToken.None);
        pending = await queue.PendingCountAsync(CancellationToken.None);
        monitors = await dashboard.MonitorChoicesAsync(CancellationToken.None); // monitors added since the page opened
        StateHasChanged();
    }

    private async Task OnDecidedAsync(bool value)
    {
        decided = value;
        await LoadAsync();
    }

    private async Task OnMonitorAsync(long? value)
    {
        monitorId = value;
        await LoadAsync();
    }

    private async Task OnStatusAsync(ReviewStatus? value)
    {
        status = value;
        await LoadAsync();
    }

    private async Task DecideAsync((long Id, Func<ReviewItemEntity, ReviewDecision> Decide) decision)
    {
        var done = await queue.DecideAsync(decision.Id, decision.Decide, user.UserId, user.Actor, CancellationToken.None);
        snackbar.Add(done ? "Decision saved." : "Someone decided it meanwhile.", done ? Severity.Success : Severity.Warning);
        notices.Publish(new ReviewChange(0, decision.Id));
        await LoadAsync();
    }

    private async Task AskAgainAsync(long id)
    {
        await queue.ClearOpinionAsync(id, CancellationToken.None);
        opinions.Enqueue([id]);
        await LoadAsync();
    }

    private async Task ReopenAsync(long id)
    {
        var done = await queue.ReopenAsync(id, CancellationToken.None);
        snackbar.Add(done ? "Back in the queue." : "It is pending already.", done ? Severity.Info : Severity.Warning);
        notices.Publish(new ReviewChange(0, id));
        await LoadAsync();
    }
}
