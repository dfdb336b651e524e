using System.Runtime.InteropServices;
using System.Text;

namespace SentimentDashboard.Transcription.PocketSphinx;

/// <summary>A NUL-terminated UTF-8 argv in unmanaged memory, kept for as long as the config parsed from it lives.</summary>
internal sealed unsafe class NativeArguments : IDisposable
{
    private readonly byte** _argv;
    private readonly int _count;

    public NativeArguments(IReadOnlyList<string> arguments)
    {
        _count = arguments.Count;
        _argv = (byte**)NativeMemory.AllocZeroed((nuint)_count, (nuint)sizeof(byte*));
        for (var i = 0; i < _count; i++)
        {
            var bytes = Encoding.UTF8.GetBytes(arguments[i]);
            var text = (byte*)NativeMemory.AllocZeroed((nuint)bytes.Length + 1);
            bytes.CopyTo(new Span<byte>(text, bytes.Length));
            _argv[i] = text;
        }
    }

    public int Count => _count;

    public IntPtr Argv => (IntPtr)_argv;

    public void Dispose()
    {
        for (var i = 0; i < _count; i++)
        {
            NativeMemory.Free(_argv[i]);
        }

        NativeMemory.Free(_argv);
    }
}
