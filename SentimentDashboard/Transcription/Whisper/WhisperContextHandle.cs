using Microsoft.Win32.SafeHandles;

namespace SentimentDashboard.Transcription.Whisper;

/// <summary>
/// A <c>whisper_context*</c>. As a SafeHandle it is freed exactly once, even when disposed from two threads, and never
/// while a native call that received it is still running.
/// </summary>
internal sealed class WhisperContextHandle() : SafeHandleZeroOrMinusOneIsInvalid(ownsHandle: true)
{
    protected override bool ReleaseHandle()
    {
        WhisperApi.Free(handle);
        return true;
    }
}
