using System.Diagnostics;
using Microsoft.Extensions.Options;
using SentimentDashboard.Audio;
using SentimentDashboard.Tests.Fakes;
using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Transcription;
using SentimentDashboard.Transcription.PocketSphinx;
using Xunit.Abstractions;

namespace SentimentDashboard.Tests.Transcription.PocketSphinx;

public sealed class PocketSphinxTranscriberTests(JfkTranscription jfk, ITestOutputHelper output) : IClassFixture<JfkTranscription>
{
    [Fact]
    public void Jfk_Is_Recognised_And_Mentions_The_Country()
    {
        output.WriteLine(jfk.Transcript.Text);

        Assert.Contains("country", jfk.Transcript.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(jfk.Transcript.Pieces, piece => piece.Text.Contains('<') || piece.Text.Contains('[') || piece.Text.Contains('('));
    }

    [Fact]
    public void Jfk_Pieces_Have_Increasing_Times_Within_The_Segment()
    {
        var pieces = jfk.Transcript.Pieces;

        Assert.NotEmpty(pieces);
        Assert.All(pieces, piece => Assert.True(TimeSpan.Zero <= piece.Start && piece.Start < piece.End && piece.End <= jfk.Segment.Duration, piece.ToString()));
        Assert.All(pieces.Zip(pieces.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start, $"{pair.First} then {pair.Second}"));
    }

    [Fact]
    public async Task Calls_At_Once_Return_At_Once_Then_Decode_In_Turn_To_The_Same_Text()
    {
        var first = jfk.Transcriber.TranscribeAsync(jfk.Segment, CancellationToken.None);
        var second = jfk.Transcriber.TranscribeAsync(jfk.Segment, CancellationToken.None);

        Assert.False(first.IsCompleted);
        Assert.Equal(jfk.Transcript.Text, (await first).Text);
        Assert.Equal(jfk.Transcript.Text, (await second).Text);
    }

    [Fact]
    public async Task Jfk_Word_Error_Rate_And_Real_Time_Factor_Are_Measured()
    {
        var clock = Stopwatch.StartNew();
        var transcript = await jfk.Transcriber.TranscribeAsync(jfk.Segment, CancellationToken.None);
        var realTimeFactor = clock.Elapsed / jfk.Segment.Duration;
        var errors = WordErrorRate.Compute(TestAudio.JfkReference, transcript.Text);

        output.WriteLine($"hypothesis: {transcript.Text}");
        output.WriteLine($"WER {errors.Rate:P1} ({errors.Substitutions} substitutions, {errors.Deletions} deletions, {errors.Insertions} insertions of {errors.ReferenceWords} words)");
        output.WriteLine($"real-time factor {realTimeFactor:F2} warm, first decode with model load {jfk.FirstDecode.TotalSeconds:F1} s");
        Assert.InRange(errors.Rate, 0, 0.8);
    }

    [Fact]
    public async Task Silence_Gives_An_Empty_Transcript_Without_Loading_The_Model()
    {
        using var transcriber = new PocketSphinxTranscriber(Options.Create(new PocketSphinxOptions { ModelDirectory = "/nonexistent/model" }));
        var silence = new AudioSegment(1, 0, DateTimeOffset.UnixEpoch, TimeSpan.Zero, new float[Pcm.SampleRate * 2]);

        Assert.Same(Transcript.Empty, await transcriber.TranscribeAsync(silence, CancellationToken.None));
    }

    [Fact]
    public async Task Synthesized_Speech_Gives_A_Transcript()
    {
        using var temp = new TempDirectory();
        var samples = WavFile.Read(await TestMedia.SpeechWavAsync(temp, "Hello. The weather is very nice today, and I am happy to be here."));
        var segment = new AudioSegment(1, 0, DateTimeOffset.UnixEpoch, TimeSpan.Zero, samples);

        var transcript = await jfk.Transcriber.TranscribeAsync(segment, CancellationToken.None);

        output.WriteLine(transcript.Text);
        Assert.NotEmpty(transcript.Text);
    }

    [Fact]
    public async Task Missing_Model_Directory_Gives_A_Clear_Error_Naming_The_Path()
    {
        using var transcriber = new PocketSphinxTranscriber(Options.Create(new PocketSphinxOptions { ModelDirectory = "/nonexistent/model" }));

        var error = await Assert.ThrowsAsync<TranscriptionException>(() => transcriber.TranscribeAsync(jfk.Segment, CancellationToken.None));

        Assert.Contains("'/nonexistent/model/en-us' not found", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install libpocketsphinx3 pocketsphinx-en-us", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unloadable_Model_Gives_A_Clear_Error()
    {
        using var temp = new TempDirectory();
        var languageModel = temp.Write("broken.lm.bin", "this is not a language model\n");
        using var transcriber = new PocketSphinxTranscriber(Options.Create(new PocketSphinxOptions { LanguageModel = languageModel }));

        var error = await Assert.ThrowsAsync<TranscriptionException>(() => transcriber.TranscribeAsync(jfk.Segment, CancellationToken.None));

        Assert.StartsWith("PocketSphinx could not load its model", error.Message, StringComparison.Ordinal);
        Assert.Contains($"language model '{languageModel}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispose_During_A_Decode_And_Again_Is_Safe_And_Later_Calls_Are_Refused()
    {
        var transcriber = new PocketSphinxTranscriber(Options.Create(new PocketSphinxOptions()));
        await transcriber.TranscribeAsync(jfk.Segment, CancellationToken.None);
        var running = transcriber.TranscribeAsync(jfk.Segment, CancellationToken.None);

        transcriber.Dispose();
        transcriber.Dispose();

        // The native decoder is freed only after a decode that had started ends; one that had not started is refused.
        var outcome = await Record.ExceptionAsync(async () => Assert.Equal(jfk.Transcript.Text, (await running).Text));
        Assert.True(outcome is null or ObjectDisposedException, outcome?.ToString());

        await Assert.ThrowsAsync<ObjectDisposedException>(() => transcriber.TranscribeAsync(jfk.Segment, CancellationToken.None));
        Assert.Equal("PocketSphinx en-us", transcriber.Name);
    }

    [Fact]
    public async Task A_Cancelled_Call_Does_Not_Decode()
    {
        using var transcriber = new PocketSphinxTranscriber(Options.Create(new PocketSphinxOptions { ModelDirectory = "/nonexistent/model" }));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => transcriber.TranscribeAsync(jfk.Segment, new CancellationToken(canceled: true)));
    }
}
