using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace SentimentDashboard.Classification;

/// <summary>
/// Reads labelled texts for a task from the shapes of file in ../shared/datasets, chosen by file name:
/// <c>*_text.txt</c> (TweetEval: with its sibling <c>*_labels.txt</c> and <c>mapping.txt</c>),
/// <c>*.csv</c> (Davidson et al.) and anything else as a SemEval TSV <c>id&lt;TAB&gt;label&lt;TAB&gt;text</c>.
/// Errors are <see cref="InvalidDataException"/> or <see cref="FileNotFoundException"/> with a one-line message naming the file and line.
/// </summary>
public static class DatasetReader
{
    private const string TextSuffix = "_text.txt";

    public static IReadOnlyList<LabeledText> Read(string path, ClassificationTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        RequireFile(path);
        if (path.EndsWith(TextSuffix, StringComparison.Ordinal))
        {
            var prefix = path[..^TextSuffix.Length];
            var mappingPath = Path.Combine(Path.GetDirectoryName(path) ?? "", "mapping.txt");
            return ReadTextAndLabels(path, prefix + "_labels.txt", mappingPath, task);
        }

        return Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase)
            ? DavidsonCsvFormat.Read(path, task)
            : SemEvalTsvFormat.Read(path, task);
    }

    /// <summary>One text a line, one label index a line, and a mapping of lines <c>index&lt;TAB&gt;name</c> onto the task's labels.</summary>
    public static IReadOnlyList<LabeledText> ReadTextAndLabels(string textPath, string labelsPath, string mappingPath, ClassificationTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        RequireFile(textPath);
        RequireFile(labelsPath);
        RequireFile(mappingPath);
        return TextAndLabelFiles.Read(textPath, labelsPath, mappingPath, task);
    }

    /// <summary>
    /// Lower-case hex SHA-256 of the sequence: for each item its label as a little-endian int32, the UTF-8 byte length
    /// of its text as a little-endian int32, then those UTF-8 bytes. Recorded in a model file to identify its training data.
    /// </summary>
    public static string ComputeHash(IEnumerable<LabeledText> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(1024);
        try
        {
            foreach (var item in items)
            {
                var length = Encoding.UTF8.GetByteCount(item.Text);
                if (buffer.Length < length + 8)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = ArrayPool<byte>.Shared.Rent(length + 8);
                }

                BinaryPrimitives.WriteInt32LittleEndian(buffer, item.Label);
                BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(4), length);
                Encoding.UTF8.GetBytes(item.Text, buffer.AsSpan(8));
                hash.AppendData(buffer, 0, length + 8);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void RequireFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: file not found", path);
        }
    }
}
