using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Senate.Bot.Playground;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Senate.Bot.Tests.LocalBotApi;

public sealed class PlaygroundTests
{
    [Fact]
    public async Task Playground_ServesThePageAndItsScript_AndTheConfig()
    {
        await using var api = await LocalBotApiHarness.StartAsync(o =>
        {
            o.ServePlayground = true;
            o.MapPages = PlaygroundEndpoint.Map;
            o.PlaygroundUsers.Add(new(555, "Admin", "ru", IsAdmin: true));
            o.PlaygroundStaffChatId = -1001;
        });

        var page = await api.Http.GetStringAsync("/");
        using var script = await api.Http.GetAsync("/app.js");
        var config = await api.Http.GetFromJsonAsync<JsonElement>("/local/config");

        Assert.Contains("<script src=\"app.js\"", page);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal(4, config.GetProperty("users").GetArrayLength());
        Assert.Equal(-1001, config.GetProperty("staffChat").GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task UserEndpoints_SendTextPressAndReadTheChat()
    {
        await using var api = await LocalBotApiHarness.StartAsync(o => o.ServePlayground = true);

        using var sent = await api.Http.PostAsJsonAsync("/local/chats/1002/text", new { text = "/start" });
        var update = Assert.Single(await api.Poll());
        var reply = await api.Bot.SendMessage(1002, "<b>Выберите</b>", ParseMode.Html,
            replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Русский", "lang:ru")));
        var chat = await api.Http.GetFromJsonAsync<JsonElement>("/local/chats/1002/messages?after=0");
        using var press = await api.Http.PostAsJsonAsync("/local/chats/1002/press", new { messageId = reply.Id, buttonText = "Русский" });
        var pressed = await press.Content.ReadFromJsonAsync<JsonElement>();
        var callback = Assert.Single(await api.Poll(update.Id + 1));

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal("/start", update.Message!.Text);
        Assert.Equal("Ivan", update.Message.From!.FirstName);
        var messages = chat.GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal(2, messages.Count);
        Assert.True(messages[1].GetProperty("fromBot").GetBoolean());
        Assert.Equal("<b>Выберите</b>", messages[1].GetProperty("html").GetString());
        Assert.Equal(callback.CallbackQuery!.Id, pressed.GetProperty("callbackQueryId").GetString());
        Assert.Equal("lang:ru", callback.CallbackQuery.Data);
    }

    [Fact]
    public async Task MessagesEndpoint_LongPolls_UntilTheBotWrites()
    {
        await using var api = await LocalBotApiHarness.StartAsync();
        api.Server.User(1003, "John", "en");
        var before = await api.Http.GetFromJsonAsync<JsonElement>("/local/chats/1003/messages");
        var after = before.GetProperty("sequence").GetInt64();

        var poll = api.Http.GetFromJsonAsync<JsonElement>($"/local/chats/1003/messages?after={after}&wait=10");
        await Task.Delay(100);
        await api.Bot.SendMessage(1003, "Hello");
        var result = await poll.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal("Hello", Assert.Single(result.GetProperty("messages").EnumerateArray()).GetProperty("text").GetString());
    }

    [Fact]
    public void FirstUpdateId_GoesOnFromTheLastHandledInThePlaygroundsDatabase()
    {
        var folder = Path.Combine(Path.GetTempPath(), "senate-bot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, "playground.db");
            Assert.Equal(1, PlaygroundMode.FirstUpdateId(path));

            using (var database = new Senate.Bot.Storage.BotDatabase(path))
            {
                Assert.Equal(1, PlaygroundMode.FirstUpdateId(path));
                var cursors = new Senate.Bot.Storage.ChatCursorStore(database);
                var now = new DateTime(2026, 12, 2, 5, 0, 0, DateTimeKind.Utc);
                cursors.Advance(cursors.Get(1002), 41, now);
                cursors.Advance(cursors.Get(1003), 7, now);
            }

            Assert.Equal(42, PlaygroundMode.FirstUpdateId(path));

            File.WriteAllBytes(path, new byte[100]);
            Assert.Equal(1, PlaygroundMode.FirstUpdateId(path));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
