using System.Runtime.InteropServices;
using SentimentDashboard.Transcription.Whisper;

namespace SentimentDashboard.Tests.Transcription.Whisper;

public sealed class WhisperBindingTests
{
    [Fact]
    public void Library_Loads_And_Its_Defaults_Match_The_Binding()
    {
        WhisperLibrary.EnsureLoaded(null);

        Assert.Equal("1.9.1", Marshal.PtrToStringUTF8(WhisperApi.Version()));
        Assert.Equal(16384, WhisperApi.FullDefaultParams(WhisperApi.SamplingGreedy).NMaxTextCtx);
        Assert.Equal(5, WhisperApi.FullDefaultParams(WhisperApi.SamplingGreedy).Greedy.BestOf);
    }

    // Sizes and offsets printed by a C program compiled against whisper.h 1.9.1 on x86-64.
    [Theory]
    [InlineData(nameof(WhisperFullParams.TokenTimestamps), 28)]
    [InlineData(nameof(WhisperFullParams.SuppressRegex), 64)]
    [InlineData(nameof(WhisperFullParams.Language), 104)]
    [InlineData(nameof(WhisperFullParams.Temperature), 116)]
    [InlineData(nameof(WhisperFullParams.Greedy), 144)]
    [InlineData(nameof(WhisperFullParams.BeamSearch), 148)]
    [InlineData(nameof(WhisperFullParams.NewSegmentCallback), 160)]
    [InlineData(nameof(WhisperFullParams.AbortCallback), 208)]
    [InlineData(nameof(WhisperFullParams.GrammarRules), 240)]
    [InlineData(nameof(WhisperFullParams.GrammarPenalty), 264)]
    [InlineData(nameof(WhisperFullParams.Vad), 268)]
    [InlineData(nameof(WhisperFullParams.VadModelPath), 272)]
    [InlineData(nameof(WhisperFullParams.VadParams), 280)]
    public void Full_Params_Fields_Sit_Where_The_C_Compiler_Puts_Them(string field, int offset) =>
        Assert.Equal(offset, (int)Marshal.OffsetOf<WhisperFullParams>(field));

    [Fact]
    public void Struct_Sizes_Match_The_C_Compiler()
    {
        Assert.Equal(304, Marshal.SizeOf<WhisperFullParams>());
        Assert.Equal(48, Marshal.SizeOf<WhisperContextParams>());
        Assert.Equal(24, Marshal.SizeOf<WhisperVadParams>());
        Assert.Equal(24, (int)Marshal.OffsetOf<WhisperContextParams>(nameof(WhisperContextParams.DtwAheads)));
        Assert.Equal(40, (int)Marshal.OffsetOf<WhisperContextParams>(nameof(WhisperContextParams.DtwMemSize)));
    }
}
