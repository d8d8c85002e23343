using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Senate.Bot.Hosting;
using Senate.Bot.Storage;
using Senate.Bot.Telegram;
using Senate.Bot.Telemetry;
using Senate.Bot.Tests.Support;
using Senate.Bot.Tests.Telegram;

namespace Senate.Bot.Tests.Hosting;

/// <summary>/healthz, /readyz and /metrics on the monitoring address.</summary>
/// <remarks>
/// Run alone: a meter provider listens to the meter by its name, process-wide, so the counts on /metrics would also
/// take in the bots other test classes run at the same time (in production a process has one bot).
/// </remarks>
[Collection(nameof(MonitoringTests))]
public sealed class MonitoringTests
{
    private const string FutureForward =
        """{"message_id":1,"date":1764590000,"chat":{"id":8001,"type":"private","first_name":"Aigerim"},"from":{"id":8001,"is_bot":false,"first_name":"Aigerim"},"text":"fwd","forward_origin":{"type":"time_traveller","date":1764590000}}""";

    private static readonly HttpClient Http = new();

    [Fact]
    public async Task WithoutAnAddress_NothingIsServed()
    {
        await using var app = await BotApplication.StartAsync();

        Assert.Null(app.Get<MonitoringServer>().Address);
    }

    [Fact]
    public async Task Ready_UntilTheDatabaseIsClosed_WhileHealthzStaysLive()
    {
        await using var app = await BotApplication.StartAsync(settings: Monitoring());
        var address = app.Get<MonitoringServer>().Address!;

        Assert.Equal((HttpStatusCode.OK, "ok\n"), await Get(address, "/healthz"));
        var (status, text) = await Get(address, "/readyz");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("ready\nok   database: ", text, StringComparison.Ordinal);

        app.Get<BotDatabase>().Database.Dispose();

        (status, text) = await Get(address, "/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("FAIL database: cannot commit", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Get(address, "/healthz")).Status);
    }

    [Fact]
    public async Task NotReady_WhilePollingFails_AndReadyAgainOnceItWorks()
    {
        var settings = Monitoring();
        settings["Monitoring:ReceiveStaleAfter"] = "00:00:02";
        await using var app = await BotApplication.StartAsync(settings: settings);
        var address = app.Get<MonitoringServer>().Address!;
        await Until(address, HttpStatusCode.OK);

        // Four failures in a row: the poller backs off 1 + 2 + 4 + 8 s.
        app.Api.Faults.FailGetUpdates(4);

        var text = await Until(address, HttpStatusCode.ServiceUnavailable);
        Assert.Contains("FAIL telegram: last heard from", text, StringComparison.Ordinal);
        await Until(address, HttpStatusCode.OK, TimeSpan.FromSeconds(40));
    }

    [Fact]
    public async Task NotReady_WhileALaneIsHeldBy429sLongerThanTheLimit()
    {
        var settings = Monitoring();
        settings["Monitoring:RateLimitedAfter"] = "00:00:01";
        await using var app = await BotApplication.StartAsync(settings: settings);
        var address = app.Get<MonitoringServer>().Address!;
        var user = await app.ReadyUser(9901);
        await app.Get<OutboxDispatcher>().WaitIdle(TimeSpan.FromSeconds(10));

        app.Api.Faults.Next429(1, 3600);
        await user.SendText("/help");

        var text = await Until(address, HttpStatusCode.ServiceUnavailable);
        Assert.Contains("FAIL sending-interactive: held by 429 for", text, StringComparison.Ordinal);
        Assert.Contains("ok   sending-bulk: not held by 429", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_ServeTheNamedInstruments()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 3, 5, 0, 0, TimeSpan.Zero));
        await using var app = await BotApplication.StartAsync(services => services.AddSingleton<TimeProvider>(time), settings: Monitoring());
        var address = app.Get<MonitoringServer>().Address!;
        var citizen = await app.ReadyUser(9911);
        await ConcernSteps.File(citizen, withPhotos: 0, withLocation: false, withContact: false);
        var blocked = await app.ReadyUser(9912);
        var dispatcher = app.Get<OutboxDispatcher>();
        app.Api.PostRawUpdate("message", FutureForward);
        await dispatcher.WaitIdle(TimeSpan.FromSeconds(10));
        app.Api.Faults.Next5xx(1);
        await citizen.SendText("/help");
        await citizen.WaitFor(m => m.Text?.StartsWith("Бот работает", StringComparison.Ordinal) == true);
        await dispatcher.WaitIdle(TimeSpan.FromSeconds(10));
        app.Api.Faults.Block(blocked.Id);
        await blocked.SendText("/help");
        await ReceivingTests.Until(() => app.Api.Stats.Forbidden == 1);
        await dispatcher.WaitIdle(TimeSpan.FromSeconds(10));
        app.Api.Faults.Next429(1, 1);
        await citizen.SendText("/help");
        await ReceivingTests.Until(() => app.Api.Messages(citizen.Id).Count(m => m.Text?.StartsWith("Бот работает", StringComparison.Ordinal) == true) == 2, TimeSpan.FromSeconds(20));
        await ReceivingTests.Until(() => app.Api.PendingUpdates == 0);
        app.Get<BotMetrics>().BroadcastProgress("7", recipients: 100, sent: 40, failed: 2);
        // Two months on, the concern is past its due date (15 working days).
        time.Advance(TimeSpan.FromDays(60));

        var (status, metrics) = await Get(address, "/metrics");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(Sample(metrics, "senate_bot_updates_handled_total", "result=\"handled\"") >= 10);
        Assert.True(Sample(metrics, "senate_bot_update_duration_seconds_count") >= 10);
        Assert.Contains("senate_bot_update_duration_seconds_bucket{le=\"0.1\"}", metrics, StringComparison.Ordinal);
        Assert.Equal(1, Sample(metrics, "senate_bot_updates_undecodable_total"));
        Assert.Equal(0, Sample(metrics, "senate_bot_outbox_depth", "lane=\"interactive\""));
        Assert.True(Sample(metrics, "senate_bot_outbox_depth", "lane=\"bulk\"") >= 0, "the deadline warnings of the two months may be on their way");
        Assert.True(Sample(metrics, "senate_bot_sends_total", "lane=\"interactive\"", "result=\"sent\"") >= 10);
        Assert.True(Sample(metrics, "senate_bot_sends_total", "lane=\"bulk\"", "result=\"sent\"") >= 1, "the staff chat's post of the concern");
        Assert.Equal(1, Sample(metrics, "senate_bot_sends_total", "lane=\"interactive\"", "result=\"blocked\""));
        Assert.True(Sample(metrics, "senate_bot_send_errors_total", "lane=\"interactive\"", "code=\"429\"") >= 1);
        Assert.Equal(1, Sample(metrics, "senate_bot_send_errors_total", "lane=\"interactive\"", "code=\"403\""));
        Assert.Equal(1, Sample(metrics, "senate_bot_send_errors_total", "lane=\"interactive\"", "code=\"5xx\""));
        Assert.Equal(1, Sample(metrics, "senate_bot_concerns", "status=\"New\""));
        Assert.Equal(0, Sample(metrics, "senate_bot_concerns", "status=\"Closed\""));
        Assert.Equal(1, Sample(metrics, "senate_bot_concerns_overdue"));
        Assert.Equal(100, Sample(metrics, "senate_bot_broadcast_recipients", "broadcast=\"7\""));
        Assert.Equal(40, Sample(metrics, "senate_bot_broadcast_sent", "broadcast=\"7\""));
        Assert.Equal(2, Sample(metrics, "senate_bot_broadcast_failed", "broadcast=\"7\""));
    }

    internal static Dictionary<string, string?> Monitoring() => new() { ["Monitoring:Url"] = "http://127.0.0.1:0" };

    internal static async Task<(HttpStatusCode Status, string Text)> Get(Uri address, string path)
    {
        using var response = await Http.GetAsync(new Uri(address, path));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The value of the one sample of <paramref name="name"/> with all of <paramref name="labels"/>.</summary>
    internal static double Sample(string metrics, string name, params string[] labels)
    {
        var line = Assert.Single(metrics.Split('\n'), l =>
            (l.StartsWith(name + " ", StringComparison.Ordinal) || l.StartsWith(name + "{", StringComparison.Ordinal))
            && labels.All(label => l.Contains(label, StringComparison.Ordinal)));
        var rest = line.Contains('{', StringComparison.Ordinal) ? line[(line.IndexOf('}', StringComparison.Ordinal) + 1)..] : line[name.Length..];
        return double.Parse(rest.Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    private static async Task<string> Until(Uri address, HttpStatusCode wanted, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var (status, text) = await Get(address, "/readyz");
            if (status == wanted)
            {
                return text;
            }

            await Task.Delay(50, cts.Token);
        }
    }
}

[CollectionDefinition(nameof(MonitoringTests), DisableParallelization = true)]
public sealed class MonitoringTestsCollection;
