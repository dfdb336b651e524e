using Microsoft.AspNetCore.Components;
using MudBlazor;
using SentimentDashboard.Analysis;
using SentimentDashboard.Classification;
using SentimentDashboard.Components.Layout;
using SentimentDashboard.Components.Shared;

namespace SentimentDashboard.Components.PostList;

/// <summary>
/// The posts of <see cref="Source"/>'s filter, a page at a time from SQL (25, 50 or 100 rows), sorted by time or by
/// a score. Explanations are computed when asked for, once per post.
/// </summary>
public sealed partial class PostGrid(ITextAnalyzer analyzer)
{
    private static readonly int[] PageSizes = [25, 50, 100];

    private static readonly ScoreColumn[] ScoreColumns =
    [
        new("Hate", p => p.Hate),
        new("Offensive", p => p.Offensive),
        new("Risk", p => p.Risk),
    ];

    private readonly Dictionary<long, IReadOnlyList<ModelOutput>> explanations = [];
    private MudDataGrid<PostRow>? grid;
    private Func<GridState<PostRow>, CancellationToken, Task<GridData<PostRow>>> load = null!;

    [CascadingParameter]
    private ViewerPreferences? Viewer { get; set; }

    [Parameter, EditorRequired]
    public PostGridSource Source { get; set; } = default!;

    /// <summary>Where an author's name links to; null shows names as text.</summary>
    [Parameter]
    public Func<string, string>? AuthorHref { get; set; }

    /// <summary>Shown at the left of the grid's toolbar (search, active filters).</summary>
    [Parameter]
    public RenderFragment? ToolBarContent { get; set; }

    private string TimeTitle => $"Time ({Viewer?.TimeZoneName ?? "UTC"})";

    /// <summary>Past the count limit the pager cannot say how many pages there are.</summary>
    private string InfoFormat => Source.LastPage is { More: true }
        ? $"{{first_item}}-{{last_item}} of {Display.Count(DashboardQueries.CountLimit)}+"
        : "{first_item}-{last_item} of {all_items}";

    protected override void OnInitialized() => load = Source.LoadAsync;

    /// <summary>Reads the first page again, e.g. after the filter changed; keeps the sorted column and page size.</summary>
    public async Task ReloadAsync()
    {
        if (grid is null)
        {
            return;
        }

        explanations.Clear();
        if (grid.CurrentPage == 0)
        {
            await grid.ReloadServerData();
        }
        else
        {
            grid.NavigateTo(Page.First);
        }
    }

    private IReadOnlyList<ModelOutput> Explain(PostRow post)
    {
        if (!explanations.TryGetValue(post.Id, out var outputs))
        {
            outputs = analyzer.Analyze(post.Text);
            explanations[post.Id] = outputs;
        }

        return outputs;
    }

    private string Format(DateTimeOffset time, string format) => Viewer?.Format(time, format) ?? Utc(time);

    private static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
}
