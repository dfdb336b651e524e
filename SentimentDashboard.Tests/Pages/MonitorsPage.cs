using Microsoft.Playwright;

namespace SentimentDashboard.Tests.Pages;

/// <summary>The monitors grid and the add-monitor form.</summary>
public sealed class MonitorsPage(IPage page)
{
    public AppShell Shell { get; } = new(page);

    public ILocator Rows => page.Locator("[data-testid='monitor-table'] tr.monitor-row");

    public ILocator AddButton => page.GetByTestId("add-monitor-button");

    public ILocator Target => page.GetByLabel("Target");

    /// <summary>The message under the target or file field.</summary>
    public ILocator FieldError => page.Locator("[data-testid='add-monitor'] .mud-input-helper-text.mud-input-error");

    public ILocator ChosenFile => page.GetByTestId("replay-file");

    public ILocator DeleteDialog => page.GetByRole(AriaRole.Dialog);

    public ILocator Row(int index) => Rows.Nth(index);

    public static ILocator State(ILocator row) => row.Locator(".state-badge");

    public static ILocator Action(ILocator row, string name) => row.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    /// <summary>Opens the page and waits for its circuit (the add button is disabled until then).</summary>
    public async Task GotoAsync()
    {
        await page.GotoAsync("/monitors");
        await Assertions.Expect(AddButton).ToBeEnabledAsync();
    }

    public async Task ChooseKindAsync(string kind)
    {
        await page.Locator("[data-testid='add-monitor'] .monitor-kind").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { Has = page.Locator(".kind-name", new() { HasTextString = kind }) }).ClickAsync();
        await Assertions.Expect(page.Locator(".monitor-kind input")).ToHaveValueAsync(kind);
    }

    /// <summary>Chooses a replay file and waits until the form shows it (its name and size in MB).</summary>
    public async Task ChooseFileAsync(FilePayload file)
    {
        var shown = ChosenFile.GetByText($"{file.Name} (0.0 MB)");
        // A file set within milliseconds of the input appearing can beat InputFile's script to its change event; a person cannot.
        for (var attempt = 1; ; attempt++)
        {
            await page.Locator("[data-testid='add-monitor'] input[type=file]").First.SetInputFilesAsync(file);
            try
            {
                await shown.WaitForAsync(new() { Timeout = 2_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 5)
            {
            }
        }
    }
}
