using SentimentDashboard.Audio;

namespace SentimentDashboard.Tests.Audio;

public sealed class MediaInputTests
{
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ReconnectDelayMax = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("http://radio.example/live.mp3")]
    [InlineData("https://cdn.example/live/index.m3u8")]
    public void Options_HttpInput_ReconnectsAndTimesOut(string url)
    {
        Assert.Equal(
            ["-reconnect", "1", "-reconnect_streamed", "1", "-reconnect_on_network_error", "1", "-reconnect_delay_max", "10", "-rw_timeout", "30000000"],
            MediaInput.Options(url, ReadTimeout, ReconnectDelayMax));
    }

    [Fact]
    public void Options_OtherNetworkInput_OnlyTimesOut()
    {
        Assert.Equal(["-rw_timeout", "30000000"], MediaInput.Options("rtmp://live.example/app/key", ReadTimeout, ReconnectDelayMax));
    }

    [Theory]
    [InlineData("/srv/audio/test.wav")]
    [InlineData("relative/test.wav")]
    [InlineData("file:///srv/audio/test.wav")]
    public void Options_LocalFile_None(string path)
    {
        Assert.Empty(MediaInput.Options(path, ReadTimeout, ReconnectDelayMax));
    }

    [Theory]
    [InlineData("audio/mpeg", "mp3")]
    [InlineData("Audio/MPEG", "mp3")]
    [InlineData("audio/aacp", "aac")]
    [InlineData("application/ogg", "ogg")]
    [InlineData("audio/x-wav", "wav")]
    [InlineData("application/vnd.apple.mpegurl", null)]
    [InlineData(null, null)]
    public void FormatOf_ContentType_NamesTheDemuxerOfRawAudioStreams(string? mediaType, string? expected)
    {
        Assert.Equal(expected, MediaInput.FormatOf(mediaType));
    }
}
