using System.Runtime.InteropServices;

namespace SentimentDashboard.Transcription.PocketSphinx;

/// <summary>
/// The few functions of Debian's libpocketsphinx3 (pocketsphinx 5prealpha with sphinxbase's cmd_ln_t) the decoder uses;
/// signatures mirror pocketsphinx.h and sphinxbase/cmd_ln.h, err.h.
/// </summary>
internal static partial class PocketSphinxNative
{
    internal const string PocketSphinx = "libpocketsphinx.so.3";
    private const string SphinxBase = "libsphinxbase.so.3";

    [LibraryImport(PocketSphinx, EntryPoint = "ps_args")]
    internal static partial IntPtr Arguments();

    [LibraryImport(PocketSphinx, EntryPoint = "ps_init")]
    internal static partial IntPtr Init(IntPtr config);

    [LibraryImport(PocketSphinx, EntryPoint = "ps_free")]
    internal static partial int Free(IntPtr decoder);

    [LibraryImport(PocketSphinx, EntryPoint = "ps_start_utt")]
    internal static partial int StartUtterance(IntPtr decoder);

    [LibraryImport(PocketSphinx, EntryPoint = "ps_process_raw")]
    internal static partial int ProcessRaw(IntPtr decoder, short[] samples, nuint count, int noSearch, int fullUtterance);

    [LibraryImport(PocketSphinx, EntryPoint = "ps_end_utt")]
    internal static partial int EndUtterance(IntPtr decoder);

    /// <summary>The best hypothesis (owned by the decoder), or NULL when there is none.</summary>
    [LibraryImport(PocketSphinx, EntryPoint = "ps_get_hyp")]
    internal static partial IntPtr GetHypothesis(IntPtr decoder, out int bestScore);

    [LibraryImport(PocketSphinx, EntryPoint = "ps_seg_iter")]
    internal static partial IntPtr SegmentIterator(IntPtr decoder);

    /// <summary>The next segment, or NULL at the end (the iterator is then already freed).</summary>
    [LibraryImport(PocketSphinx, EntryPoint = "ps_seg_next")]
    internal static partial IntPtr SegmentNext(IntPtr segment);

    [LibraryImport(PocketSphinx, EntryPoint = "ps_seg_word")]
    internal static partial IntPtr SegmentWord(IntPtr segment);

    /// <summary>First and last (inclusive) 10 ms frame of a segment.</summary>
    [LibraryImport(PocketSphinx, EntryPoint = "ps_seg_frames")]
    internal static partial void SegmentFrames(IntPtr segment, out int startFrame, out int endFrame);

    [LibraryImport(PocketSphinx, EntryPoint = "ps_seg_free")]
    internal static partial void SegmentFree(IntPtr segment);

    /// <summary>Parses argv into a new config (inout NULL); keeps pointers to the argument names, so argv must outlive it.</summary>
    [LibraryImport(SphinxBase, EntryPoint = "cmd_ln_parse_r")]
    internal static partial IntPtr ParseConfig(IntPtr config, IntPtr definitions, int argc, IntPtr argv, int strict);

    [LibraryImport(SphinxBase, EntryPoint = "cmd_ln_free_r")]
    internal static partial int FreeConfig(IntPtr config);

    /// <summary>NULL disables sphinxbase's logging (process-wide), including what cmd_ln_parse_r prints before -logfn applies.</summary>
    [LibraryImport(SphinxBase, EntryPoint = "err_set_logfp")]
    internal static partial void SetLogFile(IntPtr file);
}
