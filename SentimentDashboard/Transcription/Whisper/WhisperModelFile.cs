namespace SentimentDashboard.Transcription.Whisper;

/// <summary>
/// Walks a ggml whisper model file (magic, hyperparameters, mel filters, vocabulary, tensors) before native code sees
/// it: whisper.cpp trusts every length it reads and aborts the process on a weight type or a shape it does not expect,
/// so a truncated download or a wrong file would crash the process instead of failing. Tensor contents are skipped, only
/// their sizes are checked against the file.
/// </summary>
internal static class WhisperModelFile
{
    private const uint Magic = 0x67676d6c; // "ggml"
    private const int MaxDimension = 1 << 24;
    private const int HeadWidth = 64;
    private const int MaxLayers = 32;
    private const int FftBins = 201; // of whisper's 400-sample FFT

    // The model-wide weight type (ggml_ftype, modulo the quantization version factor 1000) of the stored types below:
    // whisper.cpp 1.8.5 aborts the process on others (e.g. 4 to 6, 30) instead of failing the load.
    private static readonly HashSet<int> WeightTypes = [0, 1, 2, 3, 7, 8, 9, 10, 11, 12, 13, 14, 24];

    // ggml_type -> (bytes per block, values per block) for the tensor types whisper models are stored in.
    private static readonly Dictionary<int, (int Bytes, int Values)> TensorTypes = new()
    {
        [0] = (4, 1), [1] = (2, 1), [30] = (2, 1), // f32, f16, bf16
        [2] = (18, 32), [3] = (20, 32), [6] = (22, 32), [7] = (24, 32), [8] = (34, 32), // q4_0, q4_1, q5_0, q5_1, q8_0
        [10] = (84, 256), [11] = (110, 256), [12] = (144, 256), [13] = (176, 256), [14] = (210, 256), // q2_k .. q6_k
    };

    /// <summary>The model's header; throws <see cref="TranscriptionException"/> saying what is wrong unless <paramref name="path"/> is a complete model.</summary>
    public static WhisperModelHeader Check(string path)
    {
        if (!File.Exists(path))
        {
            throw new TranscriptionException($"whisper model '{path}' does not exist: download one with `whisper-model --name base.en` or fix Whisper:ModelPath");
        }

        try
        {
            using var reader = new BinaryReader(File.OpenRead(path));
            return Walk(reader);
        }
        catch (EndOfStreamException e)
        {
            throw new TranscriptionException($"whisper model '{path}' is truncated: download it again", e);
        }
        catch (InvalidDataException e)
        {
            throw new TranscriptionException($"'{path}' is not a whisper model: {e.Message}", e);
        }
    }

    private static WhisperModelHeader Walk(BinaryReader reader)
    {
        if (reader.ReadUInt32() != Magic)
        {
            throw new InvalidDataException("no ggml magic at the start");
        }

        // n_vocab, n_audio_ctx, n_audio_state, n_audio_head, n_audio_layer, n_text_ctx, n_text_state, n_text_head, n_text_layer, n_mels
        var hyper = Enumerable.Range(0, 10).Select(_ => Count(reader, "hyperparameter")).ToArray();
        var weightType = reader.ReadInt32();
        if (!IsWhisperArchitecture(hyper))
        {
            throw new InvalidDataException($"hyperparameters {string.Join(", ", hyper)} are not those of a Whisper model");
        }

        if (weightType < 0 || !WeightTypes.Contains(weightType % 1000))
        {
            throw new InvalidDataException($"unsupported weight type {weightType}");
        }

        var melBands = Count(reader, "mel band count");
        var fftBins = Count(reader, "FFT bin count");
        if (melBands != hyper[9] || fftBins != FftBins)
        {
            throw new InvalidDataException($"a {melBands}x{fftBins} mel filter bank does not fit the model");
        }

        Skip(reader, (long)melBands * fftBins * sizeof(float));

        var vocabulary = Count(reader, "vocabulary size");
        for (var i = 0; i < vocabulary; i++)
        {
            Skip(reader, Count(reader, "token length"));
        }

        while (reader.BaseStream.Position < reader.BaseStream.Length)
        {
            SkipTensor(reader);
        }

        return new WhisperModelHeader(hyper[0]);
    }

    // Every Whisper model, tiny to large-v3, English-only or not, has 1,500 audio frames per 30-second window, 448 text
    // positions, 64-wide attention heads, at most 32 layers, 80 or 128 mel bands and one of three vocabularies.
    // whisper.cpp sizes its buffers from these before it looks at a tensor, and aborts the process on values outside them.
    private static bool IsWhisperArchitecture(int[] hyper) =>
        hyper[0] is >= 51864 and <= 51866
        && hyper[1] == 1500 && hyper[5] == 448
        && hyper[2] == hyper[6] && hyper[2] == hyper[3] * HeadWidth && hyper[6] == hyper[7] * HeadWidth
        && hyper[4] is >= 1 and <= MaxLayers && hyper[8] is >= 1 and <= MaxLayers
        && hyper[9] is 80 or 128;

    private static void SkipTensor(BinaryReader reader)
    {
        var dimensions = reader.ReadInt32();
        var nameLength = reader.ReadInt32();
        var type = reader.ReadInt32();
        if (dimensions is < 1 or > 4 || nameLength is < 1 or > 1024)
        {
            throw new InvalidDataException($"corrupt tensor header at byte {reader.BaseStream.Position - 12}");
        }

        if (!TensorTypes.TryGetValue(type, out var layout))
        {
            throw new InvalidDataException($"unsupported tensor type {type}");
        }

        long values = 1;
        for (var i = 0; i < dimensions; i++)
        {
            values *= Count(reader, "tensor dimension");
        }

        Skip(reader, nameLength);
        Skip(reader, values / layout.Values * layout.Bytes);
    }

    private static int Count(BinaryReader reader, string what)
    {
        var value = reader.ReadInt32();
        return value is >= 0 and <= MaxDimension ? value : throw new InvalidDataException($"implausible {what} {value}");
    }

    private static void Skip(BinaryReader reader, long bytes)
    {
        var stream = reader.BaseStream;
        if (stream.Length - stream.Position < bytes)
        {
            throw new EndOfStreamException();
        }

        stream.Seek(bytes, SeekOrigin.Current);
    }
}
