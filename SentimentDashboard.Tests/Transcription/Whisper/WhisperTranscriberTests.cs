using SentimentDashboard.Audio;
using SentimentDashboard.Transcription;
using SentimentDashboard.Transcription.Whisper;
using static SentimentDashboard.Tests.Transcription.Whisper.WhisperTestFiles;

namespace SentimentDashboard.Tests.Transcription.Whisper;

public sealed class WhisperTranscriberTests
{
    // Fourteen times jfk.wav, 154 s, are six of whisper's 30-second windows (each ~0.3–0.6 s here): a run that lasts
    // well beyond a cancellation after 300 ms, even on a quiet machine.
    private static readonly AudioSegment LongSegment = Jfk with { Samples = [.. Enumerable.Repeat(Jfk.Samples, 14).SelectMany(samples => samples)] };

    // whisper.cpp's empty test models run the whole pipeline (mel, encoder, decoder) on real audio but decode no
    // segment at all in 1.8.5, so these tests prove the runtime runs, not what it hears.
    [Fact]
    public async Task Transcribe_Jfk_Runs_The_Model_To_The_End()
    {
        using var whisper = Transcriber(EnglishModel);

        var transcript = await whisper.TranscribeAsync(Jfk, CancellationToken.None);

        Assert.Equal("Whisper.net 1.9.1 (whisper.cpp 1.8.5) with for-tests-ggml-tiny.en.bin", whisper.Name);
        Assert.All(transcript.Pieces, piece => Assert.InRange(piece.End, piece.Start, Jfk.Duration));
    }

    [Fact]
    public async Task Multilingual_Model_Detects_The_Language_When_Asked_For_Auto()
    {
        using var whisper = Transcriber(MultilingualModel, o => o.BeamSize = 1);

        var transcript = await whisper.TranscribeAsync(Jfk, CancellationToken.None);

        Assert.All(transcript.Pieces, piece => Assert.InRange(piece.End, piece.Start, Jfk.Duration));
    }

    [Theory]
    [InlineData(0, 2500, 0, 2500)]
    [InlineData(1200, 11000, 1200, 11000)]
    [InlineData(-50, 12000, 0, 11000)] // whisper rounds the last end up to its 30 s window
    [InlineData(11500, 13000, 11000, 11000)]
    [InlineData(3000, 2000, 3000, 3000)]
    public void Piece_Stays_Inside_The_Segment(int fromMs, int toMs, int startMs, int endMs)
    {
        var piece = WhisperTranscriber.Piece(TimeSpan.FromMilliseconds(fromMs), TimeSpan.FromMilliseconds(toMs), " And so", TimeSpan.FromSeconds(11));

        Assert.Equal(new TranscriptPiece(TimeSpan.FromMilliseconds(startMs), TimeSpan.FromMilliseconds(endMs), " And so"), piece);
    }

    [Fact]
    public async Task Transcribe_Twice_Gives_The_Same_Transcript()
    {
        using var whisper = Transcriber(EnglishModel, o => o.BeamSize = 1);

        var first = await whisper.TranscribeAsync(Jfk, CancellationToken.None);
        var second = await whisper.TranscribeAsync(Jfk, CancellationToken.None);

        Assert.Equal(first.Pieces, second.Pieces);
    }

    [Fact]
    public async Task Two_Contexts_Transcribe_Concurrently_As_They_Do_Alone()
    {
        using var english = Transcriber(EnglishModel, o => o.BeamSize = 1);
        using var multilingual = Transcriber(MultilingualModel, o => { o.BeamSize = 1; o.Language = "en"; });
        var englishAlone = await english.TranscribeAsync(Jfk, CancellationToken.None);
        var multilingualAlone = await multilingual.TranscribeAsync(Jfk, CancellationToken.None);

        var both = await Task.WhenAll(
            Task.Run(() => english.TranscribeAsync(Jfk, CancellationToken.None)),
            Task.Run(() => multilingual.TranscribeAsync(Jfk, CancellationToken.None)));

        Assert.Equal(englishAlone.Pieces, both[0].Pieces);
        Assert.Equal(multilingualAlone.Pieces, both[1].Pieces);
    }

    [Fact]
    public async Task Silent_Segment_Is_Skipped_Without_Running_The_Model()
    {
        using var whisper = Transcriber(EnglishModel);
        var silence = Jfk with { Samples = new float[Pcm.SampleRate * 2] };

        // An already cancelled token would fail any call that reaches the model.
        var transcript = await whisper.TranscribeAsync(silence, new CancellationToken(canceled: true));

        Assert.Same(Transcript.Empty, transcript);
    }

    [Fact]
    public async Task Cancelling_A_Running_Segment_Throws_And_Leaves_The_Transcriber_Usable()
    {
        using var whisper = Transcriber(EnglishModel, o => o.BeamSize = 1);
        using var cancellation = new CancellationTokenSource();

        // Whichever comes first, the wait for the thread pool or whisper's abort callback mid-run, the outcome is the same.
        cancellation.CancelAfter(TimeSpan.FromMilliseconds(300));
        var running = whisper.TranscribeAsync(LongSegment, cancellation.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.Equal(Transcript.Empty.Pieces, (await whisper.TranscribeAsync(Jfk, CancellationToken.None)).Pieces);
    }

    [Fact]
    public async Task Dispose_Right_After_A_Cancelled_Segment_Waits_For_The_Native_Run_To_Stop()
    {
        var whisper = Transcriber(EnglishModel, o => o.BeamSize = 1);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        // The caller sees the cancellation at once while whisper.cpp stops at its next abort check: freeing the model
        // before then would crash the test host.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => whisper.TranscribeAsync(LongSegment, cancellation.Token));
        whisper.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => whisper.TranscribeAsync(Jfk, CancellationToken.None));
    }

    [Fact]
    public async Task Caller_Cancelled_While_Waiting_Leaves_The_Running_Segment_Alone()
    {
        using var whisper = Transcriber(EnglishModel, o => o.BeamSize = 1);
        using var cancellation = new CancellationTokenSource();
        var twice = Jfk with { Samples = [.. Jfk.Samples, .. Jfk.Samples] };

        var running = whisper.TranscribeAsync(twice, CancellationToken.None);
        var waiting = whisper.TranscribeAsync(Jfk, cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.All((await running).Pieces, piece => Assert.InRange(piece.End, piece.Start, twice.Duration));
    }

    [Fact]
    public async Task Dispose_Frees_Once_And_Later_Calls_Throw_ObjectDisposed()
    {
        var whisper = Transcriber(EnglishModel);

        Parallel.For(0, 4, _ => whisper.Dispose());
        whisper.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => whisper.TranscribeAsync(Jfk, CancellationToken.None));
    }

    [Fact]
    public void Unknown_Language_Is_A_Clear_Error()
    {
        var error = Assert.Throws<TranscriptionException>(() => Transcriber(MultilingualModel, o => o.Language = "zz"));

        Assert.Contains("'zz'", error.Message);
    }

    [Fact]
    public void Missing_ModelPath_Is_A_Clear_Error()
    {
        var error = Assert.Throws<TranscriptionException>(() => Transcriber(null!));

        Assert.Contains("Whisper:ModelPath", error.Message);
    }
}
