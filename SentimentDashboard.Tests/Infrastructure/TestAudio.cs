namespace SentimentDashboard.Tests.Infrastructure;

/// <summary>The fixture jfk.wav and what is said in it. Audio made at test time comes from <see cref="Fakes.TestMedia"/>.</summary>
public static class TestAudio
{
    /// <summary>11 s of JFK's inaugural address, 16 kHz mono 16-bit.</summary>
    public static string Jfk { get; } = FixtureFiles.Path("audio", "jfk.wav");

    public const string JfkReference =
        "And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country.";
}
