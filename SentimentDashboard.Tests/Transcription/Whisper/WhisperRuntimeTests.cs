using System.Runtime.InteropServices;
using SentimentDashboard.Transcription.Whisper;

namespace SentimentDashboard.Tests.Transcription.Whisper;

public sealed class WhisperRuntimeTests
{
    private static readonly string RuntimeFolder = Path.Combine(AppContext.BaseDirectory, "runtimes");

    [Fact]
    public void Engine_Names_Whisper_Net_And_The_whisper_cpp_Inside() =>
        Assert.Equal("Whisper.net 1.9.1 (whisper.cpp 1.8.5)", WhisperRuntime.Engine);

    [Fact]
    public unsafe void WhisperCppVersion_Is_What_The_Shipped_Library_Reports()
    {
        // Whisper.net loads the library and its ggml dependencies first; loading it again gives the same handle.
        Assert.True(WhisperRuntime.Knows("en"));
        var library = NativeLibrary.Load(Path.Combine(RuntimeFolder, "linux-x64", "libwhisper.so"));
        try
        {
            var version = ((delegate* unmanaged<IntPtr>)NativeLibrary.GetExport(library, "whisper_version"))();

            Assert.Equal(WhisperRuntime.WhisperCppVersion, Marshal.PtrToStringUTF8(version));
        }
        finally
        {
            NativeLibrary.Free(library);
        }
    }

    [Theory]
    [InlineData("en", true)]
    [InlineData("fr", true)]
    [InlineData("haw", true)]
    [InlineData("zz", false)]
    [InlineData("english", false)]
    public void Knows_The_Language_Codes_Of_whisper_cpp(string code, bool known) =>
        Assert.Equal(known, WhisperRuntime.Knows(code));

    [Fact]
    public void Build_Output_Holds_The_Linux_X64_Runtime_Only()
    {
        // The other platforms' files would be whisper.dll, libwhisper.dylib and the like, and ggml-metal.metal.
        var whisperFiles = Directory.EnumerateFiles(RuntimeFolder, "*whisper*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(RuntimeFolder, file))
            .Order(StringComparer.Ordinal);

        Assert.Equal(
        [
            "linux-x64/libggml-base-whisper.so",
            "linux-x64/libggml-cpu-whisper.so",
            "linux-x64/libggml-whisper.so",
            "linux-x64/libwhisper.so",
        ], whisperFiles);
        Assert.Empty(Directory.EnumerateFiles(AppContext.BaseDirectory, "*.metal"));
    }
}
