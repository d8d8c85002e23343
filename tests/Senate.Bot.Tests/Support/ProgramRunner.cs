using System.Diagnostics;

namespace Senate.Bot.Tests.Support;

/// <summary>Runs the built Senate.Bot program as a separate process, as an operator would.</summary>
internal static class ProgramRunner
{
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError);

    public static async Task<Result> Run(IDictionary<string, string?> environment, TimeSpan? timeout = null, params string[] args)
    {
        var program = Path.Combine(AppContext.BaseDirectory, "Senate.Bot.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        info.ArgumentList.Add(program);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("The program did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The program did not exit in time: " + await error);
        }

        return new Result(process.ExitCode, await output, await error);
    }
}
