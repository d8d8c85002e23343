using System.Diagnostics;
using Senate.Bot.LocalBotApi;

namespace Senate.Bot.Bench;

/// <summary>What simulated users do: the concern form to its receipt, /help in a loop, a language button in a loop.</summary>
internal static class Walkers
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    /// <summary>
    /// /start → a language → /menu → the concern form to its receipt, pressing the buttons the bot actually shows
    /// (recognised by the end of their callback data, so labels and step order may change) and answering the
    /// description prompt. Returns the updates sent, or -1 if the bot stopped answering.
    /// </summary>
    public static async Task<int> ConcernForm(LocalUser user, int index)
    {
        var updates = 0;
        try
        {
            await user.SendText("/start");
            updates++;
            var offer = await user.WaitFor(m => m.HasButton("English"), Wait);
            await user.Press(offer, "English");
            updates++;
            await user.WaitFor(m => Data(m, d => d == "c:new") is not null, Wait);
            await user.SendText("/menu");
            updates++;
            var current = await user.WaitFor(m => Data(m, d => d == "c:new") is not null, Wait);
            var expectText = false;
            var submitted = false;
            for (var step = 0; step < 40; step++)
            {
                if (submitted && current.Text?.Contains("SB-", StringComparison.Ordinal) == true)
                {
                    return updates;
                }

                if (expectText)
                {
                    await user.SendText($"Benchmark user {index}: on the street the lights have been off for a month, it is dangerous at night.");
                    expectText = false;
                }
                else if (Next(current) is { } data)
                {
                    await user.PressData(current.MessageId, data);
                    expectText = data.Contains(":k:", StringComparison.Ordinal);
                    submitted |= data.EndsWith(":!ok", StringComparison.Ordinal);
                }
                else
                {
                    // A snapshot between two changes (an answered question, before the next one): wait for the next.
                    var seen = (current.MessageId, current.Edited);
                    current = await user.WaitFor(m => (m.MessageId, m.Edited) != seen && Next(m) is not null, Wait);
                    continue;
                }

                updates++;
                var acted = (current.MessageId, current.Edited);
                var wantText = expectText;
                current = await user.WaitFor(
                    m => (m.MessageId, m.Edited) != acted
                        && (wantText || Next(m) is not null || m.Text?.Contains("SB-", StringComparison.Ordinal) == true),
                    Wait);
            }

            return -1;
        }
        catch (TimeoutException)
        {
            return -1;
        }
    }

    /// <summary>Sends /help and waits for the answer; returns the latency.</summary>
    public static async Task<TimeSpan> Help(LocalUser user)
    {
        var watch = Stopwatch.StartNew();
        await user.SendText("/help");
        await user.NextMessage(Wait);
        return watch.Elapsed;
    }

    /// <summary>Asks for the languages and presses one (a callback query the bot must answer once).</summary>
    public static async Task Language(LocalUser user)
    {
        await user.SendText("/language");
        var offer = await user.WaitFor(m => m.HasButton("English"), Wait);
        var query = await user.Press(offer, "English");
        await user.WaitForAnswer(query, Wait);
        await user.NextMessage(Wait);
    }

    // A form's buttons carry "~nonce:value": "!ok" submits the review, "!x0" is a step's first extra button (skip,
    // no location, my own concern, stay anonymous), "ok" confirms anonymity, "k:" a category, "r:" a region.
    private static string? Next(BotMessage message) =>
        Data(message, d => d.EndsWith(":!ok", StringComparison.Ordinal))
        ?? Data(message, d => d.EndsWith(":ok", StringComparison.Ordinal))
        ?? Data(message, d => d.Contains(":k:", StringComparison.Ordinal))
        ?? Data(message, d => d.Contains(":r:", StringComparison.Ordinal))
        ?? Data(message, d => d.EndsWith(":!x0", StringComparison.Ordinal))
        ?? Data(message, d => d == "c:new");

    private static string? Data(BotMessage message, Func<string, bool> match) =>
        message.InlineButtons.SelectMany(r => r).Select(b => b.CallbackData).FirstOrDefault(d => d is not null && match(d));
}
