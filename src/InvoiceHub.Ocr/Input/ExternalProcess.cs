using System.Diagnostics;

namespace InvoiceHub.Ocr.Input;

/// <summary>Runs a poppler tool with a time limit and a cap on what it may print; the process is killed past either.</summary>
internal static class ExternalProcess
{
    public sealed record Outcome(int ExitCode, byte[] Output, string Error, bool TimedOut, bool OutputTooLarge);

    public static async Task<Outcome> RunAsync(string program, IReadOnlyList<string> arguments, TimeSpan timeout, long maxOutputBytes, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        process.StandardInput.Close();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var errorTask = process.StandardError.ReadToEndAsync(limit.Token);
        using var output = new MemoryStream();
        var tooLarge = false;
        var timedOut = false;
        try
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await process.StandardOutput.BaseStream.ReadAsync(buffer, limit.Token).ConfigureAwait(false)) > 0)
            {
                if (output.Length + read > maxOutputBytes)
                {
                    tooLarge = true;
                    break;
                }

                output.Write(buffer, 0, read);
            }

            if (!tooLarge)
            {
                await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            timedOut = true;
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }

        string error;
        try
        {
            error = await errorTask.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            error = string.Empty;
        }

        return new Outcome(timedOut || tooLarge ? -1 : process.ExitCode, output.ToArray(), error, timedOut, tooLarge);
    }
}
