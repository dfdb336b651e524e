using System.Runtime.InteropServices;

namespace SentimentDashboard.Transcription.Whisper;

/// <summary><c>struct whisper_context_params</c> of whisper.h 1.9.1, field for field (C <c>bool</c> is one byte).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct WhisperContextParams
{
    [MarshalAs(UnmanagedType.U1)] public bool UseGpu;
    [MarshalAs(UnmanagedType.U1)] public bool FlashAttn;
    public int GpuDevice;
    [MarshalAs(UnmanagedType.U1)] public bool DtwTokenTimestamps;
    public int DtwAheadsPreset;
    public int DtwNTop;
    public WhisperAheads DtwAheads;
    public nuint DtwMemSize;
}
