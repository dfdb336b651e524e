using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using SentimentDashboard.Audit;
using SentimentDashboard.Components.Shared;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Monitoring.Replay;

namespace SentimentDashboard.Components.MonitorList;

/// <summary>
/// Adds a monitor. Targets are checked as they are typed (an address a monitor of that kind can watch); a replay is an
/// uploaded file, checked for size before it is read and by <see cref="ReplayUploads"/> after. What the registry
/// refuses (a duplicate, a file without posts) is shown on the field and in a snackbar.
/// </summary>
public sealed partial class AddMonitorForm(AuditedMonitors monitors, ReplayUploads uploads, ISnackbar snackbar)
{
    private static readonly MonitorKind[] Kinds = [MonitorKind.Mastodon, MonitorKind.Bluesky, MonitorKind.Rss, MonitorKind.Live, MonitorKind.Replay];

    private MudForm? form;
    private MudFileUpload<IBrowserFile>? upload;
    private MudTextField<string>? targetField;
    private MonitorKind kind = MonitorKind.Mastodon;
    private string? target;
    private IBrowserFile? file;
    private Refusal? refusal;
    private bool busy;
    private double? progress;
    private string? progressText;

    [CascadingParameter]
    private Task<AuthenticationState>? Authentication { get; set; }

    /// <summary>Raised with the new monitor once it is stored.</summary>
    [Parameter]
    public EventCallback<MonitorInfo> OnAdded { get; set; }

    private string FileText => file is null
        ? "JSON Lines (.jsonl) or CSV with a text column"
        : string.Create(CultureInfo.InvariantCulture, $"{file.Name} ({file.Size / 1048576.0:F1} MB)");

    private static string KindHelp(MonitorKind choice) => choice switch
    {
        MonitorKind.Mastodon => "a hashtag, account or public timeline",
        MonitorKind.Bluesky => "words, #tags or authors, in any language or some",
        MonitorKind.Rss => "an RSS or Atom feed",
        MonitorKind.Live => "an audio or video stream, or a live page",
        _ => "an uploaded JSON Lines or CSV file",
    };

    private static string Placeholder(MonitorKind choice) => choice switch
    {
        MonitorKind.Mastodon => "https://mastodon.social/tags/news",
        MonitorKind.Bluesky => "climate \"heat wave\" #climate lang:en,fr  or  did:plc:…",
        MonitorKind.Rss => "https://example.org/feed.xml",
        _ => "https://host/stream.m3u8 or https://www.tiktok.com/@user/live",
    };

    private string? TargetProblem(string? value) =>
        string.IsNullOrWhiteSpace(value) ? (kind == MonitorKind.Bluesky ? "Give the words, #tags or authors to watch." : "Give the address to watch.")
        : refusal is { } r && r.Kind == kind && r.Target == value.Trim() ? r.Message
        : MonitorTargets.Problem(kind, value) is { } problem ? Sentence(problem)
        : null;

    private string? FileProblem(IBrowserFile? value) =>
        value is null ? "Choose a replay file first."
        : value.Size > uploads.MaxBytes ? uploads.TooLarge(value.Name)
        : refusal is { } r && r.Kind == MonitorKind.Replay && r.Target == FileKey(value) ? r.Message
        : null;

    private async Task ChangeKindAsync(MonitorKind next)
    {
        (kind, refusal) = (next, null);
        if (form is not null)
        {
            await form.ResetValidationAsync();
        }
    }

    private void Choose(IBrowserFile? chosen) => file = chosen;

    private async Task AddAsync()
    {
        if (form is null)
        {
            return;
        }

        refusal = null;
        await form.ValidateAsync();
        if (!form.IsValid)
        {
            return;
        }

        var user = await SignedInUser.OfAsync(Authentication);
        if (!user.IsAdmin)
        {
            snackbar.Add("Only admins add monitors.", Severity.Error);
            return;
        }

        busy = true;
        try
        {
            var added = kind == MonitorKind.Replay ? await AddReplayAsync(file!, user.Actor) : await AddTargetAsync(target!.Trim(), user.Actor);
            if (added is not null)
            {
                await ClearAsync();
                snackbar.Add($"Added monitor #{added.Id} ({MonitorView.Name(added)}).", Severity.Success);
                await OnAdded.InvokeAsync(added);
            }
        }
        finally
        {
            (busy, progress) = (false, null);
        }
    }

    /// <summary>Empties the target or file field and its validation, ready for the next monitor.</summary>
    private async Task ClearAsync()
    {
        if (targetField is not null)
        {
            await targetField.ResetAsync();
        }

        if (upload is not null)
        {
            await upload.ResetAsync();
        }
    }

    private async Task<MonitorInfo?> AddTargetAsync(string value, string actor)
    {
        var result = await monitors.AddAsync(kind, value, actor);
        return result.Succeeded ? result.Monitor : await RefuseAsync(value, result.Error!);
    }

    /// <summary>Replays come from an uploaded file, never from a path typed here: the page must not read the server's files.</summary>
    private async Task<MonitorInfo?> AddReplayAsync(IBrowserFile chosen, string actor)
    {
        var stored = await UploadAsync(chosen);
        if (stored.Path is null)
        {
            return await RefuseAsync(FileKey(chosen), stored.Error!);
        }

        var result = await monitors.AddAsync(MonitorKind.Replay, stored.Path, actor);
        return result.Succeeded ? result.Monitor : await RefuseAsync(FileKey(chosen), result.Error!);
    }

    private async Task<ReplayUpload> UploadAsync(IBrowserFile chosen)
    {
        var shown = Stopwatch.GetTimestamp();
        var finished = false;
        var reported = new Progress<long>(read =>
        {
            // At most four repaints a second, however fast the bytes arrive. Progress<T> posts its reports, so one can
            // arrive after the upload has finished: it must not show again.
            if (finished || Stopwatch.GetElapsedTime(shown) < TimeSpan.FromMilliseconds(250))
            {
                return;
            }

            shown = Stopwatch.GetTimestamp();
            ShowProgress(chosen, read);
            StateHasChanged();
        });
        ShowProgress(chosen, 0);
        StateHasChanged();
        await using var content = chosen.OpenReadStream(uploads.MaxBytes);
        var stored = await uploads.SaveAsync(chosen.Name, content, reported);
        finished = true;
        return stored;
    }

    private void ShowProgress(IBrowserFile chosen, long read)
    {
        progress = chosen.Size == 0 ? 0 : 100.0 * read / chosen.Size;
        progressText = string.Create(CultureInfo.InvariantCulture, $"Uploading {chosen.Name}: {read / 1048576.0:F1} of {chosen.Size / 1048576.0:F1} MB");
    }

    private async Task<MonitorInfo?> RefuseAsync(string key, string message)
    {
        refusal = new Refusal(kind, key, Sentence(message));
        snackbar.Add(kind == MonitorKind.Replay ? $"Upload refused: {refusal.Message}" : refusal.Message, Severity.Error);
        await form!.ValidateAsync();
        return null;
    }

    /// <summary>The registry's messages start in lower case when they are about the target.</summary>
    private static string Sentence(string message) =>
        message.Length == 0 ? message : char.ToUpperInvariant(message[0]) + message[1..] + (message.EndsWith('.') ? "" : ".");

    private static string FileKey(IBrowserFile chosen) => string.Create(CultureInfo.InvariantCulture, $"{chosen.Name}/{chosen.Size}");

    /// <summary>What the registry or the upload refused, shown on the field until the kind or the target changes.</summary>
    private sealed record Refusal(MonitorKind Kind, string Target, string Message);
}
