using SentimentDashboard.Components.Layout;

namespace SentimentDashboard.Tests.Components.Layout;

public sealed class ViewerPreferencesTests
{
    [Fact]
    public void Load_KnownZoneAndTheme_ConvertsTimesIntoThatZone()
    {
        var preferences = new ViewerPreferences();

        preferences.Load("dark", "America/New_York");

        Assert.True(preferences.DarkMode);
        Assert.Equal("America/New_York", preferences.TimeZoneName);
        Assert.Equal("Jul 1 08:00:00", preferences.Format(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("")]
    [InlineData(null)]
    public void Load_UnknownZone_KeepsUtc(string? zone)
    {
        var preferences = new ViewerPreferences();

        preferences.Load("purple", zone);

        Assert.Equal("UTC", preferences.TimeZoneName);
        Assert.False(preferences.DarkMode);
        Assert.False(preferences.ThemeChosen);
    }

    [Fact]
    public void ApplyBrowser_SameSettings_DoesNotRaiseChanged()
    {
        var preferences = new ViewerPreferences();
        preferences.Load(null, "Europe/Berlin");
        var changes = 0;
        preferences.Changed += () => changes++;

        preferences.ApplyBrowser(systemPrefersDark: false, "Europe/Berlin");
        preferences.ApplyBrowser(systemPrefersDark: true, "Europe/Berlin");

        Assert.Equal(1, changes);
        Assert.True(preferences.DarkMode);
    }
}
