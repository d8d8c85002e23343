using System.Diagnostics;

namespace Senate.Bot.Tests.Support;

/// <summary>Runs the built Senate.Bot program as a separate process, as an operator would.</summary>
internal static class ProgramRunner
{
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError);

    /// <summary>Starts the program and leaves it running; dispose the process to stop it.</summary>
    public static Process Start(IDictionary<string, string?> environment, params string[] args)
    {
        var info = StartInfo(environment, args);
        info.RedirectStandardOutput = false;
        info.RedirectStandardError = false;
        return Process.Start(info) ?? throw new InvalidOperationException("The program did not start.");
    }

    /// <summary>Starts the program and leaves it running, keeping what it writes to standard output and error.</summary>
    public static Running StartCapturing(IDictionary<string, string?> environment, params string[] args)
    {
        var process = Process.Start(StartInfo(environment, args)) ?? throw new InvalidOperationException("The program did not start.");
        return new Running(process, process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
    }

    /// <summary>A program started by <see cref="StartCapturing"/>: its output is complete once it has exited.</summary>
    public sealed record Running(Process Process, Task<string> StandardOutput, Task<string> StandardError) : IDisposable
    {
        public void Dispose() => Process.Dispose();
    }

    /// <summary>Stops a started program as a service manager would (SIGTERM) and waits for it to exit.</summary>
    public static async Task Stop(Process process)
    {
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The program did not stop on SIGTERM.");
        }
    }

    public static async Task<Result> Run(IDictionary<string, string?> environment, TimeSpan? timeout = null, params string[] args)
    {
        using var process = Process.Start(StartInfo(environment, args)) ?? throw new InvalidOperationException("The program did not start.");
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

    private static ProcessStartInfo StartInfo(IDictionary<string, string?> environment, string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Senate.Bot.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        return info;
    }
}
