using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Storage;
using Senate.Bot.Tests.Shared;
using Senate.Bot.Tests.Support;
using Senate.Bot.Tests.Telegram;

namespace Senate.Bot.Tests.Hosting;

/// <summary>Receiving by webhook, end to end: the local Bot API posts updates to the bot as Telegram does.</summary>
public sealed class WebhookTests
{
    private readonly SurveyFeature _survey = new();

    [Fact]
    public async Task UpdatesByWebhook_AreHandledInOrderPerChat_AndTheWebhookIsRegisteredAsConfigured()
    {
        var (settings, url) = Webhook();
        await using var app = await BotApplication.StartAsync(services => services.AddSingleton<Feature>(_survey), settings: settings);
        await ReceivingTests.Until(() => app.Api.Webhook is not null);
        var hook = app.Api.Webhook!;
        Assert.Equal(url, hook.Url);
        Assert.False(string.IsNullOrEmpty(hook.SecretToken));
        Assert.Equal(["message", "callback_query"], hook.AllowedUpdates);
        Assert.Equal(40, hook.MaxConnections);

        var users = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => app.ReadyUser(9500 + i)));
        // Each user's two messages go back to back: read out of order, the name would come before the question.
        await Task.WhenAll(users.Select(async user =>
        {
            await user.SendText("/survey");
            await user.SendText("Name" + user.Id);
        }));
        await Task.WhenAll(users.Select(async user => await user.Press(await user.WaitFor(m => m.HasButton("Да")), "Да")));

        await ReceivingTests.Until(() => _survey.Submitted.Count == users.Length);
        Assert.All(users, user => Assert.Contains((user.Id, "Name" + user.Id, "yes"), _survey.Submitted));
        Assert.Equal(0, app.Api.Stats.Requests("getUpdates"));
        Assert.All(app.Api.WebhookAttempts, a => Assert.Equal(200, a.Status));
    }

    [Fact]
    public async Task ARequestWithoutTheRightSecret_IsRefused_AndHasNoEffect()
    {
        var (settings, url) = Webhook();
        await using var app = await BotApplication.StartAsync(settings: settings);
        await ReceivingTests.Until(() => app.Api.Webhook is not null);
        var eve = app.User(9601, "Eve", "ru");
        using var http = new HttpClient();

        var wrong = await Post(http, url, 990001, eve.Id, "wrong-secret");
        var missing = await Post(http, url, 990001, eve.Id, null);

        Assert.Equal(HttpStatusCode.Unauthorized, wrong);
        Assert.Equal(HttpStatusCode.Unauthorized, missing);
        Assert.Null(await app.Get<DatabaseWriter>().Run(() => app.Get<UserStore>().Get(eve.Id)));
        Assert.Equal(0, await app.Get<DatabaseWriter>().Run(() => app.Get<ChatCursorStore>().Get(eve.Id).LastUpdateId));
        Assert.Empty(app.Api.Messages(eve.Id));
        Assert.Contains(app.Logs.Messages, m => m.Contains("had no valid secret token; refused", StringComparison.Ordinal));

        // The same request with Telegram's secret is taken: the refusal above was the secret's doing.
        Assert.Equal(HttpStatusCode.OK, await Post(http, url, 990001, eve.Id, app.Api.Webhook!.SecretToken));
        Assert.Contains("Выберите язык", (await eve.NextMessage()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARedeliveredUpdate_HasNoSecondEffect()
    {
        var (settings, _) = Webhook();
        await using var app = await BotApplication.StartAsync(services => services.AddSingleton<Feature>(_survey), settings: settings);
        var user = await app.ReadyUser(9701);
        var start = await user.SendText("/survey");
        await user.WaitFor(m => m.Text == "Начать");
        var name = await user.SendText("Aigerim");
        await user.Press(await user.WaitFor(m => m.HasButton("Да")), "Да");
        await user.WaitFor(m => m.Text == "✅ Подтвердить");
        var before = app.Api.Messages(user.Id).Count;

        app.Api.Redeliver(start);
        app.Api.Redeliver(name);
        await ReceivingTests.Until(() => app.Api.WebhookAttempts.Count(a => a.UpdateId == name && a.Status == 200) == 2);
        await user.SendText("/help");
        await user.WaitFor(m => m.Text?.StartsWith("Бот работает", StringComparison.Ordinal) == true);

        Assert.Single(_survey.Submitted);
        Assert.Equal(before + 1, app.Api.Messages(user.Id).Count);
    }

    [Fact]
    public async Task AnUpdateNotCommittedWithinTheBound_Gets503_AndItsRetryIsAnsweredOnceCommitted_WithOneEffect()
    {
        var (settings, _) = Webhook();
        settings["Telegram:WebhookAnswerWithin"] = "00:00:01";
        await using var app = await BotApplication.StartAsync(settings: settings);
        var user = await app.ReadyUser(9751);
        var writer = app.Get<DatabaseWriter>();
        using var disk = new ManualResetEventSlim();
        var held = writer.Run(disk.Wait);

        var help = await user.SendText("/help");
        await ReceivingTests.Until(() => app.Api.WebhookAttempts.Any(a => a.UpdateId == help && a.Status == 503), TimeSpan.FromSeconds(20));
        Assert.DoesNotContain(app.Api.WebhookAttempts, a => a.UpdateId == help && a.Status == 200);
        disk.Set();
        await held;

        await user.WaitFor(m => m.Text?.StartsWith("Бот работает", StringComparison.Ordinal) == true);
        await ReceivingTests.Until(() => app.Api.WebhookAttempts.Any(a => a.UpdateId == help && a.Status == 200), TimeSpan.FromSeconds(20));
        await user.SendText("/help");
        await user.WaitFor(m => m.Text?.StartsWith("Бот работает", StringComparison.Ordinal) == true);
        Assert.Equal(2, app.Api.Messages(user.Id).Count(m => m.Text?.StartsWith("Бот работает", StringComparison.Ordinal) == true));
        Assert.Contains(app.Logs.Messages, m => m.Contains($"Update {help} was not committed within 1 s", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SwitchingBackToPolling_DeletesTheWebhook_AndWhatArrivedMeanwhileIsAnswered()
    {
        var (settings, _) = Webhook();
        await using var app = await BotApplication.StartAsync(settings: settings);
        var user = await app.ReadyUser(9801);
        await app.StopHostAsync();

        // While the bot is down Telegram keeps the update for the webhook; then the operator turns polling back on.
        await user.SendText("/help");
        app.Settings["Telegram:WebhookUrl"] = null;
        await app.StartHostAsync();

        await user.WaitFor(m => m.Text?.StartsWith("Бот работает", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(20));
        Assert.Null(app.Api.Webhook);
        Assert.Contains(app.Logs.Messages, m => m.Contains("the webhook is deleted", StringComparison.Ordinal));
        await user.SendText("/language");
        await user.WaitFor(m => m.HasButton("English"));
    }

    /// <summary>Settings for a webhook on a free local port, and its URL.</summary>
    internal static (Dictionary<string, string?> Settings, string Url) Webhook()
    {
        var port = FreePort.Next();
        var url = $"http://127.0.0.1:{port}/telegram/webhook";
        return (new Dictionary<string, string?>
        {
            ["Telegram:WebhookUrl"] = url,
            ["Telegram:WebhookListenUrl"] = $"http://127.0.0.1:{port}",
            ["Telegram:WebhookCheckInterval"] = "00:00:01",
        }, url);
    }

    private static async Task<HttpStatusCode> Post(HttpClient http, string url, int updateId, long userId, string? secret)
    {
        var json = $$$"""{"update_id":{{{updateId}}},"message":{"message_id":1,"date":1764590000,"chat":{"id":{{{userId}}},"type":"private","first_name":"Eve"},"from":{"id":{{{userId}}},"is_bot":false,"first_name":"Eve","language_code":"ru"},"text":"/start","entities":[{"type":"bot_command","offset":0,"length":6}]}}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
