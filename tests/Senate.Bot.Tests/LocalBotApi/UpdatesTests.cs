using Microsoft.Extensions.Time.Testing;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.ReplyMarkups;
using Telegram.Bot.Types.Enums;

namespace Senate.Bot.Tests.LocalBotApi;

public sealed class UpdatesTests
{
    [Fact]
    public async Task GetMe_ReturnsTheConfiguredBot()
    {
        await using var api = await LocalBotApiHarness.StartAsync(o => o.BotUsername = "TestSenateBot");

        var me = await api.Bot.GetMe();

        Assert.Equal(100000, me.Id);
        Assert.True(me.IsBot);
        Assert.Equal("TestSenateBot", me.Username);
    }

    [Fact]
    public async Task GetUpdates_LongPoll_ReturnsAUserMessageAsSoonAsItIsSent()
    {
        // The server's clock never moves: the poll can only end because the update arrived, not by its timeout.
        await using var api = await LocalBotApiHarness.StartAsync(o => o.TimeProvider = new FakeTimeProvider());
        var user = api.Server.User(1001, "Aigerim", "kk", "aigerim");

        var poll = api.Bot.GetUpdates(timeout: 15);
        await WaitUntil(() => api.Server.WaitingPolls == 1);
        var updateId = await user.SendText("/start event_42");
        var updates = await poll.WaitAsync(TimeSpan.FromSeconds(10));

        var update = Assert.Single(updates);
        Assert.Equal(updateId, update.Id);
        var message = update.Message!;
        Assert.Equal("/start event_42", message.Text);
        Assert.Equal(1001, message.Chat.Id);
        Assert.Equal(ChatType.Private, message.Chat.Type);
        Assert.Equal("kk", message.From!.LanguageCode);
        Assert.Equal("aigerim", message.From.Username);
        var command = Assert.Single(message.Entities!);
        Assert.Equal(MessageEntityType.BotCommand, command.Type);
        Assert.Equal(6, command.Length);
    }

    [Fact]
    public async Task GetUpdates_NothingPending_HoldsForTheTimeoutThenReturnsEmpty()
    {
        var clock = new FakeTimeProvider();
        await using var api = await LocalBotApiHarness.StartAsync(o => o.TimeProvider = clock);

        var poll = api.Bot.GetUpdates(timeout: 1);
        await WaitUntil(() => api.Server.WaitingPolls == 1);
        clock.Advance(TimeSpan.FromMilliseconds(900));
        var stillWaiting = !poll.IsCompleted && api.Server.WaitingPolls == 1;
        while (!poll.IsCompleted)
        {
            // Past the timeout (again, in case the server set its timer just after the clock moved).
            clock.Advance(TimeSpan.FromMilliseconds(100));
            await Task.WhenAny(poll, Task.Delay(20));
        }

        var updates = await poll;

        Assert.True(stillWaiting);
        Assert.Empty(updates);
    }

    [Fact]
    public async Task GetUpdates_WithoutHigherOffset_ResendsUnconfirmedUpdates_AndOffsetConfirmsAllBelowIt()
    {
        await using var api = await LocalBotApiHarness.StartAsync();
        var user = api.Server.User(1002, "Ivan");
        var first = await user.SendText("one");
        var second = await user.SendText("two");

        var initial = await api.Poll();
        var again = await api.Poll();
        var afterFirst = await api.Poll(first + 1);
        var afterBoth = await api.Poll(second + 1);

        Assert.Equal([first, second], initial.Select(u => u.Id));
        Assert.Equal([first, second], again.Select(u => u.Id));
        Assert.Equal([second], afterFirst.Select(u => u.Id));
        Assert.Empty(afterBoth);
        Assert.Equal(0, api.Server.PendingUpdates);
    }

    [Fact]
    public async Task Redeliver_AConfirmedUpdate_ComesBackOnceWhateverTheOffset()
    {
        await using var api = await LocalBotApiHarness.StartAsync();
        var user = api.Server.User(1002, "Ivan");
        var id = await user.SendText("hello");
        await api.Poll();
        Assert.Empty(await api.Poll(id + 1));

        api.Server.Redeliver(id);
        var redelivered = await api.Poll(id + 1);
        var afterwards = await api.Poll(id + 1);

        Assert.Equal("hello", Assert.Single(redelivered).Message!.Text);
        Assert.Equal(id, redelivered[0].Id);
        Assert.Empty(afterwards);
    }

    [Fact]
    public async Task GetUpdates_SecondConcurrentPoller_EndsTheFirstWith409Conflict()
    {
        await using var api = await LocalBotApiHarness.StartAsync();
        var first = api.Bot.GetUpdates(timeout: 10);
        await WaitUntil(() => api.Server.WaitingPolls == 1);

        var second = await api.Bot.GetUpdates(timeout: 0);
        var conflict = await Assert.ThrowsAsync<ApiRequestException>(() => first.WaitAsync(TimeSpan.FromSeconds(5)));

        Assert.Empty(second);
        Assert.Equal(409, conflict.ErrorCode);
        Assert.Contains("terminated by other getUpdates request", conflict.Message);
        Assert.Equal(1, api.Server.Stats.Conflicts);
    }

    [Fact]
    public async Task GetUpdates_AllowedUpdatesIsSticky_AndDropsOtherTypes()
    {
        await using var api = await LocalBotApiHarness.StartAsync();
        var user = api.Server.User(1003, "John", "en");
        var sent = await api.Bot.SendMessage(user.Id, "Pick", replyMarkup: new InlineKeyboardMarkup(
            InlineKeyboardButton.WithCallbackData("A", "a")));
        await user.SendText("text");
        await user.PressData(sent.Id, "a");

        var onlyMessages = await api.Bot.GetUpdates(timeout: 0, allowedUpdates: [UpdateType.Message]);
        var stillOnlyMessages = await api.Bot.GetUpdates(timeout: 0);

        Assert.Equal(UpdateType.Message, Assert.Single(onlyMessages).Type);
        Assert.Equal(UpdateType.Message, Assert.Single(stillOnlyMessages).Type);
    }

    [Fact]
    public async Task FailGetUpdates_FailsTheWaitingPollAndTheNextOnes_ThenRecovers()
    {
        await using var api = await LocalBotApiHarness.StartAsync();
        var waiting = api.Bot.GetUpdates(timeout: 20);
        await WaitUntil(() => api.Server.WaitingPolls == 1);

        api.Server.Faults.FailGetUpdates(3);
        var first = await Assert.ThrowsAsync<ApiRequestException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(5)));
        await Assert.ThrowsAsync<ApiRequestException>(() => api.Poll());
        var third = await Assert.ThrowsAsync<ApiRequestException>(() => api.Poll());
        var fourth = await api.Poll();

        Assert.Equal(502, first.ErrorCode);
        Assert.Equal(502, third.ErrorCode);
        Assert.Empty(fourth);
        Assert.Equal(3, api.Server.Stats.ServerErrors);
    }

    [Fact]
    public async Task DeleteWebhook_WithDropPendingUpdates_ForgetsThem()
    {
        await using var api = await LocalBotApiHarness.StartAsync();
        var user = api.Server.User(1002, "Ivan");
        await user.SendText("old");

        var before = await api.Bot.GetWebhookInfo();
        await api.Bot.DeleteWebhook(dropPendingUpdates: true);

        Assert.Equal(1, before.PendingUpdateCount);
        Assert.Empty(await api.Poll());
    }

    [Fact]
    public async Task AWebhookSetAfterUpdatesArrived_GetsThemPosted_ThenTheNextOnes_AndNoneOnceDeleted()
    {
        // Without a webhook the server does not look at its queue for one; setting it must still post what waits.
        await using var api = await LocalBotApiHarness.StartAsync();
        var user = api.Server.User(1003, "Dana");
        await user.SendText("first");
        await user.SendText("second");
        using var receiver = new WebhookReceiver();

        await api.Bot.SetWebhook(receiver.Url);
        await WaitUntil(() => receiver.Texts.Count == 2);
        await user.SendText("third");
        await WaitUntil(() => receiver.Texts.Count == 3 && api.Server.PendingUpdates == 0);
        await api.Bot.DeleteWebhook();
        await user.SendText("fourth");
        var polled = await api.Poll();

        Assert.Equal(["first", "second", "third"], receiver.Texts);
        Assert.Equal("fourth", Assert.Single(polled).Message!.Text);
    }

    [Fact]
    public async Task WrongToken_Gets401_AndUnknownMethod_Gets404()
    {
        await using var api = await LocalBotApiHarness.StartAsync();
        var stranger = new TelegramBotClient(new TelegramBotClientOptions("100000:wrong", api.Server.BaseUrl.ToString()), api.Http);

        var unauthorized = await Assert.ThrowsAsync<ApiRequestException>(() => stranger.GetMe());
        using var response = await api.Http.PostAsync($"/bot{api.Server.Token}/sendSomethingElse", null);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(401, unauthorized.ErrorCode);
        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found: method not found\"}", body);
    }

    internal static async Task WaitUntil(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    /// <summary>A webhook endpoint on loopback that answers 200 and keeps the text of each update posted to it.</summary>
    private sealed class WebhookReceiver : IDisposable
    {
        private readonly System.Net.HttpListener _listener = new();
        private readonly List<string> _texts = [];

        public WebhookReceiver()
        {
            var port = FreePort();
            Url = $"http://127.0.0.1:{port}/hook/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _ = Task.Run(Serve);
        }

        public string Url { get; }

        public IReadOnlyList<string> Texts
        {
            get
            {
                lock (_texts)
                {
                    return [.. _texts];
                }
            }
        }

        public void Dispose() => _listener.Close();

        private static int FreePort()
        {
            using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            probe.Start();
            return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }

        private async Task Serve()
        {
            while (_listener.IsListening)
            {
                System.Net.HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is System.Net.HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                using (var document = await System.Text.Json.JsonDocument.ParseAsync(context.Request.InputStream))
                {
                    lock (_texts)
                    {
                        _texts.Add(document.RootElement.GetProperty("message").GetProperty("text").GetString()!);
                    }
                }

                context.Response.StatusCode = 200;
                context.Response.Close();
            }
        }
    }
}
