using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Senate.Bot;
using Senate.Bot.Storage;

// Exit codes: 0 stopped cleanly (or restored), 2 invalid options or usage, 3 database in use, 4 database (or backup)
// damaged or foreign, 5 database not writable.
try
{
    var builder = BotHost.CreateBuilder(args);
    if (args is ["--restore", ..])
    {
        return Restore(builder, args);
    }

    using var host = builder.Build();

    // Checked and opened here, before the host starts, so a wrong setting or a damaged database is one clear line
    // rather than the host's stack trace.
    host.Services.GetService<IStartupValidator>()?.Validate();
    _ = host.Services.GetRequiredService<BotDatabase>();
    await host.RunAsync();
    return 0;
}
catch (OptionsValidationException e)
{
    await Console.Error.WriteLineAsync("Senate.Bot cannot start: " + string.Join(" ", e.Failures));
    return 2;
}
catch (DatabaseCannotOpenException e)
{
    await Console.Error.WriteLineAsync("Senate.Bot cannot start: " + e.Message);
    return e.ExitCode;
}

// Senate.Bot --restore <backup>: with the bot stopped, puts a checked backup in place of Storage__DatabasePath.
static int Restore(HostApplicationBuilder builder, string[] args)
{
    if (args is not [_, var backup, ..] || !File.Exists(backup))
    {
        Console.Error.WriteLine("Usage: Senate.Bot --restore <backup file> (the bot stopped; Storage__DatabasePath names the database to replace).");
        return 2;
    }

    var storage = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
    var database = storage.FullPath(builder.Environment.ContentRootPath);
    try
    {
        var kept = DatabaseBackups.Restore(backup, database, TimeProvider.System);
        Console.WriteLine($"Restored {database} from {Path.GetFullPath(backup)}." + (kept is null ? string.Empty : $" The previous database is kept as {kept}."));
        return 0;
    }
    catch (DatabaseCannotOpenException e)
    {
        Console.Error.WriteLine("Senate.Bot cannot restore: " + e.Message);
        return e.ExitCode;
    }
}
