using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Broadcasts;

/// <summary>An announcement being composed (kept as JSON in the conversation record).</summary>
internal sealed class BroadcastDraft
{
    /// <summary>True for a version per language; false for one message for everyone.</summary>
    public bool PerLanguage { get; set; }

    /// <summary>The message for everyone.</summary>
    public BroadcastMessage? Everyone { get; set; }

    public BroadcastMessage? Kk { get; set; }

    public BroadcastMessage? Ru { get; set; }

    public BroadcastMessage? En { get; set; }

    public Audience Audience { get; set; } = new();

    /// <summary>True to send at <see cref="SendUtc"/> rather than at once.</summary>
    public bool Later { get; set; }

    public DateTime? SendUtc { get; set; }

    public bool Pin { get; set; }

    /// <summary>The number of recipients the editor confirmed a second time (a large audience).</summary>
    public int ConfirmedCount { get; set; }

    /// <summary>Bumped whenever a message changes, so the review shows the preview again only then.</summary>
    public int Version { get; set; }

    /// <summary>The <see cref="Version"/> last previewed.</summary>
    public int Previewed { get; set; } = -1;

    /// <summary>The message a step fills: for everyone (null) or one language's version.</summary>
    public BroadcastMessage? Message(Language? language) => language switch
    {
        null => Everyone,
        Language.Kk => Kk,
        Language.Ru => Ru,
        _ => En,
    };

    public void Set(Language? language, BroadcastMessage? message)
    {
        switch (language)
        {
            case null:
                Everyone = message;
                break;
            case Language.Kk:
                Kk = message;
                break;
            case Language.Ru:
                Ru = message;
                break;
            default:
                En = message;
                break;
        }

        Version++;
    }

    /// <summary>The versions there are, Russian first.</summary>
    public IReadOnlyList<BroadcastVersion> Versions() =>
        [.. new[] { Language.Ru, Language.Kk, Language.En }.Where(l => Message(l) is not null).Select(l => new BroadcastVersion(l, Message(l)!))];

    /// <summary>The broadcast as it would be confirmed now.</summary>
    public Broadcast ToBroadcast() => new()
    {
        Message = PerLanguage ? null : Everyone,
        Versions = PerLanguage ? [.. Versions()] : [],
        Audience = Audience.Copy(),
        Pin = Pin,
        ScheduledUtc = Later ? SendUtc : null,
    };

    /// <summary>True when there is something to send.</summary>
    public bool HasMessage => PerLanguage ? Ru is not null : Everyone is not null;
}
