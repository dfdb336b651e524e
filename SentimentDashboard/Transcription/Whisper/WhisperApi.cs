using System.Runtime.InteropServices;

namespace SentimentDashboard.Transcription.Whisper;

/// <summary>
/// The part of whisper.cpp's C API (include/whisper.h of version 1.9.1) the transcriber uses. Functions taking or
/// returning the parameter structs by value use [DllImport]: the source generator does not marshal non-blittable
/// structs by value. Call <see cref="WhisperLibrary.EnsureLoaded"/> before any of them.
/// </summary>
internal static unsafe partial class WhisperApi
{
    public const int SamplingGreedy = 0;
    public const int SamplingBeamSearch = 1;
    public const int LogLevelError = 4;
    public const int LogLevelContinue = 5;

    private const string Library = WhisperLibrary.ImportName;

    [LibraryImport(Library, EntryPoint = "whisper_version")]
    public static partial IntPtr Version();

    [DllImport(Library, EntryPoint = "whisper_context_default_params", ExactSpelling = true)]
    public static extern WhisperContextParams ContextDefaultParams();

    [DllImport(Library, EntryPoint = "whisper_full_default_params", ExactSpelling = true)]
    public static extern WhisperFullParams FullDefaultParams(int strategy);

    [DllImport(Library, EntryPoint = "whisper_init_from_file_with_params", ExactSpelling = true)]
    public static extern WhisperContextHandle InitFromFileWithParams([MarshalAs(UnmanagedType.LPUTF8Str)] string path, WhisperContextParams parameters);

    [LibraryImport(Library, EntryPoint = "whisper_free")]
    public static partial void Free(IntPtr context);

    [DllImport(Library, EntryPoint = "whisper_full", ExactSpelling = true)]
    public static extern int Full(WhisperContextHandle context, WhisperFullParams parameters, float[] samples, int count);

    [LibraryImport(Library, EntryPoint = "whisper_full_n_segments")]
    public static partial int FullNSegments(WhisperContextHandle context);

    [LibraryImport(Library, EntryPoint = "whisper_full_get_segment_text")]
    public static partial IntPtr FullGetSegmentText(WhisperContextHandle context, int segment);

    /// <summary>Start of a segment in centiseconds from the start of the audio.</summary>
    [LibraryImport(Library, EntryPoint = "whisper_full_get_segment_t0")]
    public static partial long FullGetSegmentT0(WhisperContextHandle context, int segment);

    [LibraryImport(Library, EntryPoint = "whisper_full_get_segment_t1")]
    public static partial long FullGetSegmentT1(WhisperContextHandle context, int segment);

    [LibraryImport(Library, EntryPoint = "whisper_lang_id", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int LangId(string language);

    [LibraryImport(Library, EntryPoint = "whisper_is_multilingual")]
    public static partial int IsMultilingual(WhisperContextHandle context);

    [LibraryImport(Library, EntryPoint = "whisper_log_set")]
    public static partial void LogSet(delegate* unmanaged[Cdecl]<int, byte*, IntPtr, void> callback, IntPtr userData);
}
