using Microsoft.Win32.SafeHandles;

namespace SentimentDashboard.Transcription.PocketSphinx;

/// <summary>
/// Owns a ps_decoder_t (which owns its config) and the argv that config points into. Being a SafeHandle, a decode that
/// holds a reference (DangerousAddRef) delays ps_free until it ends, so Dispose during a decode is safe.
/// </summary>
internal sealed class DecoderHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    private readonly NativeArguments _arguments;

    public DecoderHandle(IntPtr decoder, NativeArguments arguments)
        : base(ownsHandle: true)
    {
        SetHandle(decoder);
        _arguments = arguments;
    }

    protected override bool ReleaseHandle()
    {
        PocketSphinxNative.Free(handle);
        _arguments.Dispose();
        return true;
    }
}
