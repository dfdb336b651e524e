using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using SentimentDashboard.Data;

namespace SentimentDashboard.Monitoring.Replay;

/// <summary>
/// Keeps replay files uploaded from the browser, so the Monitors page never takes a path on the server: a file is
/// streamed to a temporary name (size-capped, hashed), checked by the replay readers, then kept as
/// <c>NAME-HASH.ext</c>. The same content uploaded twice is the same file, so the registry refuses the duplicate monitor.
/// A refused upload leaves nothing behind.
/// </summary>
public sealed class ReplayUploads(IOptions<ReplayOptions> options, IOptions<DatabaseOptions> database, TimeProvider time)
{
    private const int RecordsChecked = 1_000;
    private static readonly string[] Extensions = [".jsonl", ".ndjson", ".json", ".csv"];

    public string Folder => options.Value.UploadFolder is { Length: > 0 } folder
        ? Path.GetFullPath(folder)
        : Path.Combine(Path.GetDirectoryName(database.Value.FullPath) ?? ".", "replays");

    public static string Accept => string.Join(',', Extensions);

    /// <summary>The size cap (<see cref="ReplayOptions.MaxUploadBytes"/>): callers that know a file's size can refuse it before reading.</summary>
    public long MaxBytes => options.Value.MaxUploadBytes;

    public string TooLarge(string fileName) =>
        $"'{Path.GetFileName(fileName)}' is larger than {options.Value.MaxUploadMegabytes} MB (Replay:MaxUploadMegabytes).";

    /// <summary>Stores <paramref name="content"/>; <paramref name="progress"/> receives the bytes read so far.</summary>
    public async Task<ReplayUpload> SaveAsync(string fileName, Stream content, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var name = Path.GetFileName(fileName);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            return ReplayUpload.Refused($"'{name}' is not a replay file: upload JSON Lines ({string.Join(", ", Extensions[..3])}) or CSV (.csv).");
        }

        Directory.CreateDirectory(Folder);
        var temporary = Path.Combine(Folder, $".upload-{Guid.NewGuid():N}{extension}");
        try
        {
            var hash = await CopyAsync(content, temporary, progress, cancellationToken);
            if (hash is null)
            {
                return ReplayUpload.Refused(TooLarge(name));
            }

            if (Check(temporary, name) is { } problem)
            {
                return ReplayUpload.Refused(problem);
            }

            var kept = Path.Combine(Folder, $"{SafeStem(name)}-{hash[..12]}{extension}");
            if (!File.Exists(kept))
            {
                File.Move(temporary, kept);
            }

            return new ReplayUpload(kept, null);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The SHA-256 of what was copied (lower-case hex), or null when the content exceeds the size cap.</summary>
    private async Task<string?> CopyAsync(Stream content, string path, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var max = MaxBytes;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81_920];
        long total = 0;
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous))
        {
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > max)
                {
                    return null;
                }

                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                progress?.Report(total);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Null when the first records hold at least one post, else what is wrong (the replay would skip every record).</summary>
    private string? Check(string path, string name)
    {
        try
        {
            using var reader = ReplayReaders.Open(path, 0, options.Value, time);
            var records = 0;
            string? firstProblem = null;
            while (records < RecordsChecked && reader.TryRead(out var record))
            {
                records++;
                if (record.Post is not null)
                {
                    return null;
                }

                firstProblem ??= record.Problem is null ? null : string.Create(CultureInfo.InvariantCulture, $"record {record.Number}: {record.Problem}");
            }

            return records == 0
                ? $"'{name}' is empty."
                : $"'{name}' has no readable post in its first {records:N0} records{(firstProblem is null ? "" : $" ({firstProblem})")}.";
        }
        catch (InvalidDataException e)
        {
            return e.Message.Replace(path, name, StringComparison.Ordinal) + ".";
        }
    }

    private static string SafeStem(string name)
    {
        var stem = new string([.. Path.GetFileNameWithoutExtension(name).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]).Trim('.');
        return stem.Length == 0 ? "replay" : stem[..Math.Min(stem.Length, 60)];
    }
}
