using System.Text;
using Senate.Bot.LocalBotApi;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Senate.Bot.Tests.LocalBotApi;

public sealed class MessagesTests
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0xFF, 0xD9];

    [Fact]
    public async Task SendMessage_WithInlineKeyboard_IsVisibleToTheUser_AndPressingGivesACallbackQuery()
    {
        await using var api = await LocalBotApiHarness.StartAsync();
        var user = api.Server.User(1001, "Aigerim", "kk");
        var keyboard = new InlineKeyboardMarkup(
        [
            [InlineKeyboardButton.WithCallbackData("Қазақша", "lang:kk"), InlineKeyboardButton.WithCallbackData("Русский", "lang:ru")],
            [InlineKeyboardButton.WithUrl("Сайт", "https://senate.parlam.kz")],
        ]);

        var sent = await api.Bot.SendMessage(user.Id, "<b>Тілді</b> таңдаңыз &amp; ok", ParseMode.Html, replyMarkup: keyboard);
        var seen = await user.NextMessage();
        var queryId = await user.Press(seen, "Русский");
        var update = Assert.Single(await api.Poll());

        Assert.Equal(sent.Id, seen.MessageId);
        Assert.Equal("Тілді таңдаңыз & ok", seen.Text);
        Assert.Equal("Тілді таңдаңыз & ok", sent.Text);
        Assert.Equal("<b>Тілді</b> таңдаңыз &amp; ok", seen.Html);
        Assert.Equal(["Қазақша", "Русский"], seen.InlineButtons[0].Select(b => b.Text));
        Assert.Equal("https://senate.parlam.kz", seen.InlineButtons[1][0].Url);
        Assert.Equal(UpdateType.CallbackQuery, update.Type);
        Assert.Equal(queryId, update.CallbackQuery!.Id);
        Assert.Equal("lang:ru", update.CallbackQuery.Data);
        Assert.Equal(sent.Id, update.CallbackQuery.Message!.Id);
        Assert.Equal(1001, update.CallbackQuery.From.Id);
    }

    [Fact]
    public async Task AnswerCallbackQuery_IsRecordedOnce_AndASecondAnswerIsRejected()
    {
        await using var api = await LocalBotApiHarness.StartAsync();
        var user = api.Server.User(1002, "Ivan");
        var sent = await api.Bot.SendMessage(user.Id, "Go?", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Yes", "y")));
        var queryId = await user.PressData(sent.Id, "forged:999");

        await api.Bot.AnswerCallbackQuery(queryId, "Кнопка устарела", showAlert: true);
        var answer = await user.WaitForAnswer(queryId, TimeSpan.FromSeconds(2));
        var again = await Assert.ThrowsAsync<ApiRequestException>(() => api.Bot.AnswerCallbackQuery(queryId));

        Assert.Equal("Кнопка устарела", answer.Text);
        Assert.True(answer.ShowAlert);
        Assert.Equal(400, again.ErrorCode);
        Assert.Equal(0, api.Server.UnansweredCallbacks);
    }

    [Fact]
    public async Task EditMessageText_ChangesTheMessage_RemovesButtonsNotRepeated_AndRefusesAnUnchangedEdit()
    {
        await using var api = await LocalBotApiHarness.StartAsync();
        var user = api.Server.User(1003, "John", "en");
        var sent = await api.Bot.SendMessage(user.Id, "Step 1", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Next", "n")));
        await user.NextMessage();

        await api.Bot.EditMessageText(user.Id, sent.Id, "Step 2 <i>done</i>", ParseMode.Html);
        var edited = await user.WaitFor(m => m.Edited == 1);
        var unchanged = await Assert.ThrowsAsync<ApiRequestException>(
            () => api.Bot.EditMessageText(user.Id, sent.Id, "Step 2 <i>done</i>", ParseMode.Html));
        var missing = await Assert.ThrowsAsync<ApiRequestException>(() => api.Bot.EditMessageText(user.Id, 999, "x"));

        Assert.Equal(sent.Id, edited.MessageId);
        Assert.Equal("Step 2 done", edited.Text);
        Assert.Empty(edited.InlineButtons);
        Assert.Contains("message is not modified", unchanged.Message);
        Assert.Contains("message to edit not found", missing.Message);
        Assert.Single(api.Server.Messages(user.Id));
    }

    [Fact]
    public async Task EditMessageReplyMarkup_AndDeleteMessage_ShowInTheCurrentState()
    {
        await using var api = await LocalBotApiHarness.StartAsync();
        var user = api.Server.User(1003, "John", "en");
        var sent = await api.Bot.SendMessage(user.Id, "Menu", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("A", "a")));

        await api.Bot.EditMessageReplyMarkup(user.Id, sent.Id, new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("B", "b")));
        await api.Bot.DeleteMessage(user.Id, sent.Id);
        var current = Assert.Single(api.Server.Messages(user.Id));

        Assert.Equal("B", current.InlineButtons[0][0].Text);
        Assert.True(current.Deleted);
        await Assert.ThrowsAsync<ApiRequestException>(() => api.Bot.DeleteMessage(user.Id, 42));
    }

    [Fact]
    public async Task SendMessage_ReplyKeyboard_ThenRemoveKeyboard_AndReplyParameters()
    {
        await using var api = await LocalBotApiHarness.StartAsync();
        var user = api.Server.User(1002, "Ivan");
        await user.SendText("hi");

        await api.Bot.SendMessage(user.Id, "Share", replyMarkup: new ReplyKeyboardMarkup(
            [[KeyboardButton.WithRequestContact("📱 Номер")], [KeyboardButton.WithRequestLocation("📍 Место"), new KeyboardButton("Пропустить")]]),
            replyParameters: 1);
        var withKeyboard = await user.NextMessage();
        var keyboardShown = user.CurrentKeyboard;
        await api.Bot.SendMessage(user.Id, "Thanks", replyMarkup: new ReplyKeyboardRemove());
        var removed = await user.NextMessage();

        Assert.Equal(1, withKeyboard.ReplyToMessageId);
        Assert.True(withKeyboard.ReplyKeyboard![0][0].RequestContact);
        Assert.True(withKeyboard.ReplyKeyboard[1][0].RequestLocation);
        Assert.NotNull(keyboardShown);
        Assert.True(removed.RemoveKeyboard);
        Assert.Null(user.CurrentKeyboard);
    }

    [Fact]
    public async Task SendMessage_InvalidInput_IsRejectedLikeTelegram()
    {
        await using var api = await LocalBotApiHarness.StartAsync();
        var user = api.Server.User(1002, "Ivan");
        var tooLongData = new string('ж', 33); // 66 bytes in UTF-8

        var badData = await Assert.ThrowsAsync<ApiRequestException>(() => api.Bot.SendMessage(user.Id, "x",
            replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Ж", tooLongData))));
        var empty = await Assert.ThrowsAsync<ApiRequestException>(() => api.Bot.SendMessage(user.Id, "  "));
        var tooLong = await Assert.ThrowsAsync<ApiRequestException>(() => api.Bot.SendMessage(user.Id, new string('a', 4097)));
        var badHtml = await Assert.ThrowsAsync<ApiRequestException>(() => api.Bot.SendMessage(user.Id, "a<br>b", ParseMode.Html));
        var unescaped = await Assert.ThrowsAsync<ApiRequestException>(() => api.Bot.SendMessage(user.Id, "<b>5 < 6</b>", ParseMode.Html));
        var unknownChat = await Assert.ThrowsAsync<ApiRequestException>(() => api.Bot.SendMessage(777, "hello"));
        await api.Bot.SendMessage(user.Id, new string('a', 4096));

        Assert.Equal("Bad Request: BUTTON_DATA_INVALID", badData.Message);
        Assert.Equal("Bad Request: message text is empty", empty.Message);
        Assert.Equal("Bad Request: message is too long", tooLong.Message);
        Assert.StartsWith("Bad Request: can't parse entities", badHtml.Message);
        Assert.StartsWith("Bad Request: can't parse entities", unescaped.Message);
        Assert.Equal("Bad Request: chat not found", unknownChat.Message);
        Assert.All(new[] { badData, empty, tooLong, badHtml, unknownChat }, e => Assert.Equal(400, e.ErrorCode));
        Assert.Single(api.Server.Messages(user.Id));
    }

    [Fact]
    public async Task SendDocument_MultipartUpload_RoundTripsBytesAndFileName()
    {
        await using var api = await LocalBotApiHarness.StartAsync();
        var user = api.Server.User(1001, "Aigerim", "kk");
        var bytes = Encoding.UTF8.GetBytes("\uFEFFномер;статус\nA-1;Новое\n");

        var sent = await api.Bot.SendDocument(user.Id, InputFile.FromStream(new MemoryStream(bytes), "обращения.csv"), caption: "<b>Экспорт</b>", parseMode: ParseMode.Html);
        var seen = await user.NextMessage();
        var file = await api.Bot.GetFile(sent.Document!.FileId);
        using var download = new MemoryStream();
        await api.Bot.DownloadFile(file, download);

        Assert.Equal(BotMessageKind.Document, seen.Kind);
        Assert.Equal("обращения.csv", seen.FileName);
        Assert.Equal("Экспорт", seen.Text);
        Assert.Equal(bytes, seen.DocumentBytes);
        Assert.Equal(bytes, download.ToArray());
        Assert.Equal("обращения.csv", sent.Document.FileName);
    }

    [Fact]
    public async Task UserPhoto_GetFileAndDownload_ReturnsTheSameBytes_AndTheBotCanResendItById()
    {
        await using var api = await LocalBotApiHarness.StartAsync();
        var user = api.Server.User(1002, "Ivan");
        var staff = api.Server.Group(-1001234567890, "Staff");
        await user.SendPhoto(Jpeg, "Яма на дороге");

        var message = Assert.Single(await api.Poll()).Message!;
        var photo = message.Photo![^1];
        var file = await api.Bot.GetFile(photo.FileId);
        using var download = new MemoryStream();
        await api.Bot.DownloadFile(file.FilePath!, download);
        await api.Bot.SendPhoto(staff.Id, InputFile.FromFileId(photo.FileId), caption: "Новое обращение");
        var copied = await api.Bot.CopyMessage(staff.Id, user.Id, message.Id);
        var posted = await staff.NextMessage();

        Assert.Equal("Яма на дороге", message.Caption);
        Assert.Equal(Jpeg, download.ToArray());
        Assert.Equal(photo.FileId, posted.PhotoFileId);
        Assert.Equal(Jpeg, posted.FileBytes);
        Assert.Equal("Яма на дороге", api.Server.Messages(staff.Id).Single(m => m.MessageId == copied.Id).Text);
    }

    [Fact]
    public async Task SendMediaGroup_MixedFileIdsAndUploads_MakesAnAlbum()
    {
        await using var api = await LocalBotApiHarness.StartAsync();
        var user = api.Server.User(1002, "Ivan");
        await user.SendPhoto(Jpeg);
        var fileId = Assert.Single(await api.Poll()).Message!.Photo![^1].FileId;

        var album = await api.Bot.SendMediaGroup(user.Id,
        [
            new InputMediaPhoto(InputFile.FromFileId(fileId)) { Caption = "1" },
            new InputMediaPhoto(InputFile.FromStream(new MemoryStream([1, 2, 3]), "b.jpg")),
        ]);
        var items = api.Server.Messages(user.Id);

        Assert.Equal(2, album.Length);
        Assert.All(items, m => Assert.True(m.IsAlbumItem));
        Assert.Equal(items[0].MediaGroupId, items[1].MediaGroupId);
        Assert.Equal(new byte[] { 1, 2, 3 }, items[1].FileBytes);
    }

    [Fact]
    public async Task Group_ReplyToABotPost_ArrivesWithReplyToMessage()
    {
        await using var api = await LocalBotApiHarness.StartAsync();
        var admin = api.Server.User(900, "Admin", "ru");
        var staff = api.Server.Group(-100500, "Staff");
        var post = await api.Bot.SendMessage(staff.Id, "Обращение A-1");

        await staff.SendText(admin, "Ответ гражданину", post.Id);
        var message = Assert.Single(await api.Poll()).Message!;

        Assert.Equal(ChatType.Group, message.Chat.Type);
        Assert.Equal(900, message.From!.Id);
        Assert.Equal(post.Id, message.ReplyToMessage!.Id);
        Assert.Equal("Обращение A-1", message.ReplyToMessage.Text);
        Assert.True(message.ReplyToMessage.From!.IsBot);
    }

    [Fact]
    public async Task ContactLocationAndSticker_ArriveAsTelegramSendsThem()
    {
        await using var api = await LocalBotApiHarness.StartAsync();
        var user = api.Server.User(1001, "Aigerim", "kk");
        await user.SendContact("+77011234567");
        await user.SendLocation(47.1164, 51.8833);
        await user.SendSticker();

        var updates = await api.Poll();

        Assert.Equal("+77011234567", updates[0].Message!.Contact!.PhoneNumber);
        Assert.Equal(1001, updates[0].Message!.Contact!.UserId);
        Assert.Equal(47.1164, updates[1].Message!.Location!.Latitude, 4);
        Assert.Equal(MessageType.Sticker, updates[2].Message!.Type);
    }

    [Fact]
    public async Task SetMyCommands_IsRecordedPerScopeAndLanguage()
    {
        await using var api = await LocalBotApiHarness.StartAsync();

        await api.Bot.SetMyCommands([new BotCommand("start", "Бастау"), new BotCommand("help", "Анықтама")], BotCommandScope.AllPrivateChats(), "kk");
        await api.Bot.SetMyCommands([new BotCommand("start", "Start")], BotCommandScope.AllPrivateChats());
        var kazakh = await api.Bot.GetMyCommands(BotCommandScope.AllPrivateChats(), "kk");
        var invalid = await Assert.ThrowsAsync<ApiRequestException>(() => api.Bot.SetMyCommands([new BotCommand("Start!", "x")]));

        Assert.Equal(2, api.Server.Commands.Count);
        var set = Assert.Single(api.Server.Commands, c => c.LanguageCode == "kk");
        Assert.Equal("all_private_chats", set.ScopeType);
        Assert.Equal(["start", "help"], set.Commands.Select(c => c.Command));
        Assert.Equal(["start", "help"], kazakh.Select(c => c.Command));
        Assert.Equal("Bad Request: BOT_COMMAND_INVALID", invalid.Message);
    }

    [Fact]
    public async Task NextMessage_WhenTheBotIsSilent_TimesOutWithTheTranscript()
    {
        await using var api = await LocalBotApiHarness.StartAsync();
        var user = api.Server.User(1002, "Ivan");
        await user.SendText("/start");

        var timeout = await Assert.ThrowsAsync<TimeoutException>(() => user.NextMessage(TimeSpan.FromMilliseconds(200)));

        Assert.Contains("/start", timeout.Message);
    }
}
