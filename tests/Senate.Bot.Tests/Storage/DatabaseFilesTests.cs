using System.Diagnostics;
using Senate.Bot.Storage;
using Senate.Bot.Tests.Support;

namespace Senate.Bot.Tests.Storage;

/// <summary>Start-up refuses a database it cannot trust, in one line, and leaves the files exactly as they were.</summary>
public sealed class DatabaseFilesTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "senate-bot-tests", Guid.NewGuid().ToString("N"));

    public DatabaseFilesTests() => Directory.CreateDirectory(_directory);

    private string DatabasePath => Path.Combine(_directory, "bot.db");

    private string LogPath => Path.Combine(_directory, "bot-log.db");

    public void Dispose()
    {
        Writable(_directory, true);
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void AGoodDatabase_Opens()
    {
        CreateDatabase();

        using var database = new BotDatabase(DatabasePath);

        Assert.Equal(1000, database.Collection<Row>("rows").Count());
    }

    [Fact]
    public void AFileTruncatedTo100Bytes_IsRefused_AndLeftAsItWas()
    {
        CreateDatabase();
        Truncate(DatabasePath, 100);

        AssertRefusedUnchanged<DatabaseDamagedException>("too short");
    }

    [Fact]
    public void AFileTruncatedToHalf_IsRefused_AndLeftAsItWas()
    {
        CreateDatabase();
        Truncate(DatabasePath, new FileInfo(DatabasePath).Length / 2);

        AssertRefusedUnchanged<DatabaseDamagedException>("truncated");
    }

    [Fact]
    public void ADamagedHeader_IsRefused_AndLeftAsItWas()
    {
        CreateDatabase();
        using (var file = new FileStream(DatabasePath, FileMode.Open))
        {
            file.Position = 40;
            file.Write("garbage!"u8);
        }

        AssertRefusedUnchanged<DatabaseDamagedException>("not a LiteDB database");
    }

    [Fact]
    public void AForeignFile_IsRefused_AndLeftAsItWas()
    {
        File.WriteAllBytes(DatabasePath, [.. Enumerable.Range(0, 20_000).Select(i => (byte)(i * 7))]);

        AssertRefusedUnchanged<DatabaseDamagedException>("not a LiteDB database");
    }

    [Fact]
    public void AGarbageLogBesideTheDatabase_IsRefused_AndBothAreLeftAsTheyWere()
    {
        CreateDatabase();
        File.WriteAllBytes(LogPath, [.. Enumerable.Range(0, 8192 * 2).Select(i => (byte)(255 - (i % 251)))]);

        AssertRefusedUnchanged<DatabaseDamagedException>("log file");
    }

    [Fact]
    public void ALogWithoutItsDatabase_IsRefused()
    {
        File.WriteAllBytes(LogPath, new byte[8192]);

        AssertRefusedUnchanged<DatabaseDamagedException>("has no database");
        Assert.False(File.Exists(DatabasePath));
    }

    [Fact]
    public void AReadOnlyFolder_IsRefused_AndTheDatabaseLeftAsItWas()
    {
        CreateDatabase();
        File.Delete(DatabasePath + ".lock");
        Writable(_directory, false);

        AssertRefusedUnchanged<DatabaseNotWritableException>("cannot be written");
    }

    [Fact]
    public async Task TheProgram_SaysWhyInOneLine_AndExitsWith4ForADamagedFile_And5ForAReadOnlyFolder()
    {
        CreateDatabase();
        Truncate(DatabasePath, 100);
        var before = File.ReadAllBytes(DatabasePath);
        var environment = new Dictionary<string, string?>
        {
            ["Telegram__BotToken"] = "100000:local-bot-token",
            ["Telegram__ApiBaseUrl"] = "http://127.0.0.1:9",
            ["Storage__DatabasePath"] = DatabasePath,
        };

        var damaged = await ProgramRunner.Run(environment);

        Assert.Equal(4, damaged.ExitCode);
        Assert.Contains("too short", Assert.Single(damaged.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", damaged.StandardOutput + damaged.StandardError, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(DatabasePath));

        var elsewhere = Path.Combine(_directory, "locked");
        Directory.CreateDirectory(elsewhere);
        Writable(elsewhere, false);
        environment["Storage__DatabasePath"] = Path.Combine(elsewhere, "bot.db");
        var readOnly = await ProgramRunner.Run(environment);
        Writable(elsewhere, true);

        Assert.Equal(5, readOnly.ExitCode);
        Assert.Contains("cannot be written", Assert.Single(readOnly.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);

        environment["Telegram__BotToken"] = null;
        var unconfigured = await ProgramRunner.Run(environment);

        Assert.Equal(2, unconfigured.ExitCode);
        Assert.Contains("Telegram__BotToken", Assert.Single(unconfigured.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", unconfigured.StandardOutput + unconfigured.StandardError, StringComparison.Ordinal);
    }

    private void AssertRefusedUnchanged<T>(string reason)
        where T : DatabaseCannotOpenException
    {
        var data = File.Exists(DatabasePath) ? File.ReadAllBytes(DatabasePath) : null;
        var log = File.Exists(LogPath) ? File.ReadAllBytes(LogPath) : null;

        var refused = Assert.Throws<T>(() => new BotDatabase(DatabasePath).Dispose());

        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
        Assert.Equal(data, File.Exists(DatabasePath) ? File.ReadAllBytes(DatabasePath) : null);
        Assert.Equal(log, File.Exists(LogPath) ? File.ReadAllBytes(LogPath) : null);
    }

    private void CreateDatabase()
    {
        using var database = new BotDatabase(DatabasePath);
        database.Collection<Row>("rows").InsertBulk(Enumerable.Range(1, 1000).Select(i => new Row { Id = i, Text = new string('x', 200) }));
    }

    private static void Truncate(string path, long length)
    {
        using var file = new FileStream(path, FileMode.Open);
        file.SetLength(length);
    }

    /// <summary>
    /// Makes a folder read-only for this process: root ignores permission bits, so as root the folder is made
    /// immutable (chattr), as an ordinary user its write bits are removed.
    /// </summary>
    private static void Writable(string folder, bool writable)
    {
        if (Environment.UserName == "root")
        {
            using var chattr = Process.Start("chattr", [writable ? "-i" : "+i", folder])!;
            chattr.WaitForExit();
            if (chattr.ExitCode != 0 && !writable)
            {
                throw new InvalidOperationException("chattr +i failed: the folder cannot be made read-only here.");
            }

            return;
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, writable
            ? UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            : UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }
    }

    private sealed class Row
    {
        public int Id { get; set; }

        public string Text { get; set; } = string.Empty;
    }
}
