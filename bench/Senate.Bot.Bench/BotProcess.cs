using System.Diagnostics;
using System.Globalization;
using Senate.Bot.LocalBotApi;

namespace Senate.Bot.Bench;

/// <summary>
/// The built Senate.Bot program as a child process, configured by environment variables as an operator runs
/// it, so its CPU time and peak memory are its own (read from /proc) and a kill -9 is a real one.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _tail = new();

    private BotProcess(Process process, DateTime startedUtc)
    {
        _process = process;
        StartedUtc = startedUtc;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public DateTime StartedUtc { get; }

    public Stopwatch SinceStart { get; } = Stopwatch.StartNew();

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>User plus system CPU time of the process so far.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>The peak resident set (VmHWM), in bytes.</summary>
    public long PeakResident => ReadStatus("VmHWM:");

    /// <summary>The resident set now (VmRSS), in bytes.</summary>
    public long Resident => ReadStatus("VmRSS:");

    public string Tail
    {
        get
        {
            lock (_tail)
            {
                return string.Join('\n', _tail);
            }
        }
    }

    public static BotProcess Start(LocalBotApiServer api, string databasePath, IDictionary<string, string?>? settings = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        // BENCH_BOT_DLL runs another build of the bot (e.g. an older commit's) under the same load.
        info.ArgumentList.Add(Environment.GetEnvironmentVariable("BENCH_BOT_DLL") ?? Path.Combine(AppContext.BaseDirectory, "Senate.Bot.dll"));
        info.Environment["Telegram__BotToken"] = api.Token;
        info.Environment["Telegram__ApiBaseUrl"] = api.BaseUrl.ToString().TrimEnd('/');
        info.Environment["Storage__DatabasePath"] = databasePath;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            info.Environment[key] = value;
        }

        // BOTENV_X=value sets X for the bot only (diagnostics such as DOTNET_JitStdOutFile).
        foreach (var key in Environment.GetEnvironmentVariables().Keys.OfType<string>().Where(k => k.StartsWith("BOTENV_", StringComparison.Ordinal)))
        {
            info.Environment[key["BOTENV_".Length..]] = Environment.GetEnvironmentVariable(key);
        }

        var started = DateTime.UtcNow;
        var process = Process.Start(info) ?? throw new InvalidOperationException("The bot did not start.");
        return new BotProcess(process, started);
    }

    /// <summary>SIGKILL: no shutdown code runs.</summary>
    public async Task Kill()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as a service manager stops it.</summary>
    public async Task Stop()
    {
        if (_process.HasExited)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill!.WaitForExitAsync();
        }

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill();
            throw new TimeoutException("The bot did not stop on SIGTERM:\n" + Tail);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Stop();
        }
        finally
        {
            _process.Dispose();
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_tail)
        {
            _tail.Enqueue(line);
            while (_tail.Count > 40)
            {
                _tail.Dequeue();
            }
        }
    }

    private long ReadStatus(string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    var kb = line[field.Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }

        return 0;
    }
}
