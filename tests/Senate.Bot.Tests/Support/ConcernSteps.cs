using Senate.Bot.Concerns;
using Senate.Bot.LocalBotApi;
using Senate.Bot.Storage;

namespace Senate.Bot.Tests.Support;

/// <summary>A citizen's steps through the report form, as the concern, staff and privacy tests take them.</summary>
internal static class ConcernSteps
{
    /// <summary>The smallest JPEG the local Bot API takes as a photo.</summary>
    internal static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0xFF, 0xD9];

    /// <summary>Opens the report form and answers up to the description: the region, no settlement, the category.</summary>
    internal static async Task Start(LocalUser citizen, string category = "ecology", string region = "atyrau")
    {
        await citizen.SendText("/menu");
        var menu = await citizen.NextMessage();
        await PressData(citizen, menu, "c:new");
        await PressData(citizen, await citizen.NextMessage(), ":r:" + region);
        await PressData(citizen, await citizen.NextMessage(), Skip);
        await PressData(citizen, await citizen.NextMessage(), ":k:" + category);
        await citizen.NextMessage();
    }

    /// <summary>Fills the report form up to its review.</summary>
    internal static async Task<BotMessage> UpToReview(LocalUser citizen, int withPhotos, bool withLocation, bool withContact, string description = "Река Жайык мелеет, на берегу в Атырау копится мусор.", string category = "ecology", string region = "atyrau")
    {
        await Start(citizen, category, region);
        await citizen.SendText(description);
        var next = await citizen.NextMessage();
        if (next.InlineButtons.SelectMany(r => r).Any(b => b.CallbackData?.Contains(":sup:", StringComparison.Ordinal) == true))
        {
            await PressData(citizen, next, Skip);
            next = await citizen.NextMessage();
        }

        for (var i = 0; i < withPhotos; i++)
        {
            await citizen.SendPhoto(Jpeg);
            next = await citizen.NextMessage();
        }

        await PressData(citizen, next, Skip);
        // The location step shows Telegram's location key and, added by an edit, an inline "without location" button.
        var location = await citizen.WaitFor(m => m.Text?.Contains("📍", StringComparison.Ordinal) == true && m.InlineButtons.SelectMany(r => r).Any(b => b.CallbackData?.EndsWith(Skip, StringComparison.Ordinal) == true));
        Assert.NotNull(citizen.CurrentKeyboard);
        if (withLocation)
        {
            await citizen.SendLocation(47.1164, 51.8833);
        }
        else
        {
            await PressData(citizen, location, Skip);
        }

        var consent = await citizen.WaitFor(m => m.InlineButtons.SelectMany(r => r).Any(b => b.CallbackData?.EndsWith(":agree", StringComparison.Ordinal) == true));
        if (withContact)
        {
            await PressData(citizen, consent, ":agree");
            await citizen.WaitFor(m => m.ReplyKeyboard is not null);
            await citizen.SendContact("+77011234567");
        }
        else
        {
            await PressData(citizen, consent, Skip);
            await PressData(citizen, await citizen.WaitFor(m => m.InlineButtons.SelectMany(r => r).Any(b => b.CallbackData?.EndsWith(":ok", StringComparison.Ordinal) == true)), ":ok");
        }

        return await citizen.WaitFor(m => m.InlineButtons.SelectMany(r => r).Any(b => b.CallbackData?.EndsWith(":!ok", StringComparison.Ordinal) == true));
    }

    /// <summary>Files a concern through the whole form; returns the receipt.</summary>
    internal static async Task<BotMessage> File(LocalUser citizen, int withPhotos, bool withLocation, bool withContact, string? description = null, string category = "ecology", string region = "atyrau")
    {
        var review = description is null
            ? await UpToReview(citizen, withPhotos, withLocation, withContact, category: category, region: region)
            : await UpToReview(citizen, withPhotos, withLocation, withContact, description, category, region);
        await PressData(citizen, review, ":!ok");
        return await citizen.WaitFor(m => m.Text?.Contains("SB-", StringComparison.Ordinal) == true);
    }

    /// <summary>The data of a step's first extra button: Skip, Done, "without location", "stay anonymous".</summary>
    internal const string Skip = ":!x0";

    /// <summary>Presses the first button whose data is or ends with <paramref name="suffix"/>.</summary>
    internal static async Task PressData(LocalUser user, BotMessage message, string suffix)
    {
        var button = message.InlineButtons.SelectMany(r => r).FirstOrDefault(b => b.CallbackData is { } data && (data == suffix || data.EndsWith(suffix, StringComparison.Ordinal)))
            ?? throw new InvalidOperationException($"No button ending with '{suffix}' on {message}");
        await user.PressData(message.MessageId, button.CallbackData!);
    }

    /// <summary>
    /// The staff-chat post of the author's only concern, once the bot has also remembered it (so a reply to it, as a
    /// person would type one seconds later, is recognised as a reply to the concern).
    /// </summary>
    internal static async Task<BotMessage> Post(BotApplication app, LocalGroup chat, LocalUser author)
    {
        var concern = app.Get<ConcernStore>().ByAuthor(author.Id).Single();
        var post = await chat.WaitFor(m => m.Text?.Contains(concern.Number, StringComparison.Ordinal) == true && m.InlineButtons.Count > 0);
        await Remembered(app, "concern:" + concern.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return post;
    }

    /// <summary>Waits until the bot has remembered the message it sent under a tag (a prompt to reply to).</summary>
    internal static Task Remembered(BotApplication app, string tag) => WaitUntil(() => app.Get<MessageTagStore>().Find(tag) is not null);

    /// <summary>Waits (at most 10 s) until a condition holds.</summary>
    internal static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The condition did not become true in time.");
            }

            await Task.Delay(20);
        }
    }
}
