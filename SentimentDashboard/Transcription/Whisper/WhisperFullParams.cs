using System.Runtime.InteropServices;

namespace SentimentDashboard.Transcription.Whisper;

/// <summary>
/// <c>struct whisper_full_params</c> of whisper.h 1.9.1, field for field: 304 bytes on x86-64. It is passed by value,
/// so a single field out of place corrupts every field after it; <see cref="WhisperLibrary"/> reads the native defaults
/// back at load to catch a library of another version. Strings and callbacks are raw pointers.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct WhisperFullParams
{
    public int Strategy;

    public int NThreads;
    public int NMaxTextCtx;
    public int OffsetMs;
    public int DurationMs;

    [MarshalAs(UnmanagedType.U1)] public bool Translate;
    [MarshalAs(UnmanagedType.U1)] public bool NoContext;
    [MarshalAs(UnmanagedType.U1)] public bool NoTimestamps;
    [MarshalAs(UnmanagedType.U1)] public bool SingleSegment;
    [MarshalAs(UnmanagedType.U1)] public bool PrintSpecial;
    [MarshalAs(UnmanagedType.U1)] public bool PrintProgress;
    [MarshalAs(UnmanagedType.U1)] public bool PrintRealtime;
    [MarshalAs(UnmanagedType.U1)] public bool PrintTimestamps;

    [MarshalAs(UnmanagedType.U1)] public bool TokenTimestamps;
    public float TholdPt;
    public float TholdPtsum;
    public int MaxLen;
    [MarshalAs(UnmanagedType.U1)] public bool SplitOnWord;
    public int MaxTokens;

    [MarshalAs(UnmanagedType.U1)] public bool DebugMode;
    public int AudioCtx;

    [MarshalAs(UnmanagedType.U1)] public bool TdrzEnable;

    public IntPtr SuppressRegex;

    public IntPtr InitialPrompt;
    [MarshalAs(UnmanagedType.U1)] public bool CarryInitialPrompt;
    public IntPtr PromptTokens;
    public int PromptNTokens;

    public IntPtr Language;
    [MarshalAs(UnmanagedType.U1)] public bool DetectLanguage;

    [MarshalAs(UnmanagedType.U1)] public bool SuppressBlank;
    [MarshalAs(UnmanagedType.U1)] public bool SuppressNst;

    public float Temperature;
    public float MaxInitialTs;
    public float LengthPenalty;

    public float TemperatureInc;
    public float EntropyThold;
    public float LogprobThold;
    public float NoSpeechThold;

    public WhisperGreedyParams Greedy;
    public WhisperBeamSearchParams BeamSearch;

    public IntPtr NewSegmentCallback;
    public IntPtr NewSegmentCallbackUserData;

    public IntPtr ProgressCallback;
    public IntPtr ProgressCallbackUserData;

    public IntPtr EncoderBeginCallback;
    public IntPtr EncoderBeginCallbackUserData;

    public IntPtr AbortCallback;
    public IntPtr AbortCallbackUserData;

    public IntPtr LogitsFilterCallback;
    public IntPtr LogitsFilterCallbackUserData;

    public IntPtr GrammarRules;
    public nuint NGrammarRules;
    public nuint IStartRule;
    public float GrammarPenalty;

    [MarshalAs(UnmanagedType.U1)] public bool Vad;
    public IntPtr VadModelPath;

    public WhisperVadParams VadParams;
}
