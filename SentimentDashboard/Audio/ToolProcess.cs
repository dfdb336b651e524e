using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace SentimentDashboard.Audio;

/// <summary>
/// One run of ffmpeg, ffprobe or yt-dlp, started without a shell. Keeps the last <see cref="TailLines"/> lines the tool
/// wrote to stderr for error messages. Disposing kills the whole process tree if it still runs and waits for the exit,
/// so no process (or zombie) outlives its owner.
/// </summary>
public sealed class ToolProcess : IAsyncDisposable
{
    public const int TailLines = 20;

    private readonly Process process;
    private readonly Queue<string> tail = new();
    private readonly Lock gate = new();
    private readonly TaskCompletionSource stderrClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ToolProcess(Process process)
    {
        this.process = process;
    }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>The exit code; only valid once <see cref="WaitForExitAsync"/> has completed.</summary>
    public int ExitCode => process.ExitCode;

    /// <summary>The tool's standard output (not read unless the caller reads it).</summary>
    public StreamReader StandardOutput => process.StandardOutput;

    /// <summary>The last lines written to stderr, oldest first, joined by newlines.</summary>
    public string ErrorTail
    {
        get
        {
            lock (gate)
            {
                return string.Join('\n', tail);
            }
        }
    }

    /// <summary>Starts <paramref name="tool"/>; a missing executable is a <see cref="CaptureException"/> with the tool's install hint.</summary>
    public static ToolProcess Start(MediaTool tool, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(tool.Path)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = info };
        var started = new ToolProcess(process);
        process.ErrorDataReceived += (_, e) => started.OnErrorLine(e.Data);
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            process.Dispose();
            throw new CaptureException(tool.MissingMessage, e);
        }

        process.StandardInput.Close();
        process.BeginErrorReadLine();
        return started;
    }

    /// <summary>Runs a tool to its end (or <paramref name="timeout"/>, then kills it and throws <see cref="TimeoutException"/>), collecting its output.</summary>
    public static async Task<ToolResult> RunAsync(MediaTool tool, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellation)
    {
        await using var process = Start(tool, arguments);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(timeout);
        try
        {
            var output = await process.StandardOutput.ReadToEndAsync(deadline.Token);
            await process.WaitForExitAsync(deadline.Token);
            return new ToolResult(process.ExitCode, output, process.ErrorTail);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            throw new TimeoutException($"{Path.GetFileName(tool.Path)} did not finish within {timeout.TotalSeconds:0.#} s");
        }
    }

    /// <summary>Waits for the exit and for the last stderr line to be collected.</summary>
    public async Task WaitForExitAsync(CancellationToken cancellation)
    {
        await process.WaitForExitAsync(cancellation);
        await stderrClosed.Task.WaitAsync(cancellation);
    }

    /// <summary>Kills the process and everything it started, then waits until it has exited.</summary>
    public async Task KillAsync()
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited on its own meanwhile.
        }

        await WaitForExitAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }

    private void OnErrorLine(string? line)
    {
        if (line is null)
        {
            stderrClosed.TrySetResult();
            return;
        }

        if (line.Length == 0)
        {
            return;
        }

        lock (gate)
        {
            if (tail.Count == TailLines)
            {
                tail.Dequeue();
            }

            tail.Enqueue(line);
        }
    }
}
