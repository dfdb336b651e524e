using Microsoft.Playwright;

namespace SentimentDashboard.Tests.Pages;

/// <summary>The sign-in page, and the account controls of the app bar.</summary>
public sealed class SignInPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Sign in" });

    public ILocator Error => page.GetByTestId("sign-in-error");

    public ILocator AccountLink => page.GetByTestId("account-link");

    public ILocator SignOutButton => page.GetByTestId("sign-out");

    public async Task SignInAsync(string email, string password)
    {
        await page.GetByTestId("sign-in-email").FillAsync(email);
        await page.GetByTestId("sign-in-password").FillAsync(password);
        await page.GetByTestId("sign-in-submit").ClickAsync();
    }
}
