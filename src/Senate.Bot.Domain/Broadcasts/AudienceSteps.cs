using System.Globalization;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Conversations.Forms;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Youth;

namespace Senate.Bot.Domain.Broadcasts;

/// <summary>
/// The audience steps of the editor's form: a hub showing who the broadcast reaches now and how many, with a button for
/// each condition (regions, a programme, an event and which of its registrants, languages); each opens its own step and
/// comes back to the hub, where "Done" goes on. Marks are toggled in place. The count is the one sending will use.
/// </summary>
internal sealed class AudienceSteps(BroadcastsContext context, BroadcastScreens screens, Func<BroadcastDraft> draft)
{
    public const string Hub = "audience";
    private const string Regions = "regions";
    private const string Programme = "programme";
    private const string Event = "event";
    private const string Statuses = "statuses";
    private const string Languages = "languages";

    private (string Key, int Count)? _counted;

    /// <summary>How many people the draft's audience reaches now (counted once per input).</summary>
    public int Count()
    {
        var key = System.Text.Json.JsonSerializer.Serialize(draft().Audience);
        if (_counted is not { } counted || counted.Key != key)
        {
            _counted = counted = (key, context.Audience.Resolve(draft().Audience).Count);
        }

        return counted.Count;
    }

    public void Define(FormBuilder<BroadcastDraft> form)
    {
        form.Ask(Hub, f => BroadcastTexts.AskAudience.With(new { audience = screens.Describe(f.Draft.Audience), count = Count() }), HubAnswer, Open)
            .Or(_ => BroadcastTexts.AudienceDone.With(new { count = Count() }), _ => Count() > 0 ? Go.Next : Go.Retry(BroadcastTexts.NobodyMatches))
            .CanGoTo(Regions, Programme, Event, Languages)
            .Changes(BroadcastTexts.ChangeAudienceButton);
        form.Ask(Regions, BroadcastTexts.AskRegions, Answers.RegionToggle(context.Regions, () => draft().Audience.RegionIds), (f, region) => Toggle(f.Draft.Audience.RegionIds, region.Id))
            .Or(BroadcastTexts.DoneButton, _ => Go.To(Hub))
            .When(_ => false)
            .CanGoTo(Hub);
        form.Ask(Programme, BroadcastTexts.AskProgramme, ProgrammeAnswer, (f, programme) =>
            {
                f.Draft.Audience.ProgrammeId = programme.Id;
                if (f.Draft.Audience.EventId is { } chosen && context.Events.Get(chosen)?.ProgrammeId != programme.Id)
                {
                    f.Draft.Audience.EventId = null;
                }

                return Go.To(Hub);
            })
            .Or(BroadcastTexts.AnyProgramme, f =>
            {
                f.Draft.Audience.ProgrammeId = null;
                return Go.To(Hub);
            })
            .When(_ => false)
            .CanGoTo(Hub);
        form.Ask(Event, f => EventsOf(f).Count == 0 ? BroadcastTexts.NoEvents : BroadcastTexts.AskEvent, EventAnswer, (f, chosen) =>
            {
                f.Draft.Audience.EventId = chosen.Id;
                return Go.To(Statuses);
            })
            .Or(BroadcastTexts.AnyEvent, f =>
            {
                (f.Draft.Audience.EventId, f.Draft.Audience.EventStatuses) = (null, []);
                return Go.To(Hub);
            })
            .When(_ => false)
            .CanGoTo(Hub, Statuses);
        form.Ask(Statuses, BroadcastTexts.AskStatuses, Toggles(Enum.GetValues<AttendeeStatus>(), s => "s:" + s, s => BroadcastScreens.Status(s), () => draft().Audience.EventStatuses), (f, status) => Toggle(f.Draft.Audience.EventStatuses, status))
            .Or(BroadcastTexts.DoneButton, _ => Go.To(Hub))
            .When(_ => false)
            .CanGoTo(Hub);
        form.Ask(Languages, BroadcastTexts.AskLanguages, Toggles(Texts.Languages.All, l => "l:" + l.Code(), l => Text.In(l, CommonTexts.LanguageName), () => draft().Audience.Languages), (f, language) => Toggle(f.Draft.Audience.Languages, language))
            .Or(BroadcastTexts.DoneButton, _ => Go.To(Hub))
            .When(_ => false)
            .CanGoTo(Hub);
    }

    /// <summary>The hub's buttons: each condition with what it holds now, and everyone again.</summary>
    private Answer<string> HubAnswer => Answers.Choice<string>(
        _ => [[Regions, Programme], [Event, Languages], ["all"]],
        key => "a:" + key,
        key => key switch
        {
            Regions => BroadcastTexts.RegionsButton.With(new { value = RegionsValue(draft().Audience.RegionIds) }),
            Programme => BroadcastTexts.ProgrammeButton.With(new { value = draft().Audience.ProgrammeId is { } p ? screens.ProgrammeName(p) : BroadcastTexts.Any }),
            Event => BroadcastTexts.EventButton.With(new { value = draft().Audience.EventId is { } e ? screens.EventTitle(e) : BroadcastTexts.Any }),
            Languages => BroadcastTexts.LanguageButton.With(new { value = Text.Join(", ", draft().Audience.Languages.Select(l => Text.In(l, CommonTexts.LanguageName))) is { IsEmpty: false } chosen ? chosen : BroadcastTexts.Any }),
            _ => BroadcastTexts.EveryoneButton,
        });

    private Text RegionsValue(List<string> ids) => ids switch
    {
        [] => BroadcastTexts.Any,
        [var one] => context.Regions.Find(one) is { } region ? Text.Plain(region.ShortName) : Text.Plain(one),
        _ => BroadcastTexts.Chosen.With(new { count = ids.Count }),
    };

    private static Go Open(FormContext<BroadcastDraft> form, string key)
    {
        if (key != "all")
        {
            return Go.To(key);
        }

        form.Draft.Audience = new Audience();
        return Go.Refresh;
    }

    private Answer<Programme> ProgrammeAnswer => Answers.Choice<Programme>(
        _ => [.. context.Programmes.All.Select(p => (IReadOnlyList<Programme>)[p])],
        p => "p:" + p.Id,
        p => Text.Plain(p.Name));

    private Answer<YouthEvent> EventAnswer => Answers.Choice<YouthEvent>(
        turn => [.. Events(turn.Now.UtcDateTime, draft().Audience.ProgrammeId).Select(e => (IReadOnlyList<YouthEvent>)[e])],
        e => "e:" + e.Id.ToString(CultureInfo.InvariantCulture),
        e => BroadcastTexts.EventLabel.With(new { date = BroadcastScreens.Utc(e.StartUtc), title = screens.EventTitle(e.Id) }));

    private List<YouthEvent> EventsOf(FormContext<BroadcastDraft> form) => Events(form.Now.UtcDateTime, form.Draft.Audience.ProgrammeId);

    /// <summary>The events of the past year and the coming one (of the chosen programme): those to come first, soonest first, then the latest past ones.</summary>
    private List<YouthEvent> Events(DateTime nowUtc, string? programmeId) =>
        [.. context.Events.StartingBetween(nowUtc.AddYears(-1), nowUtc.AddYears(1))
            .Where(e => programmeId is null || e.ProgrammeId == programmeId)
            .OrderBy(e => e.StartUtc < nowUtc)
            .ThenBy(e => e.StartUtc < nowUtc ? nowUtc - e.StartUtc : e.StartUtc - nowUtc)
            .Take(8)];

    /// <summary>Values toggled in place: a mark on each chosen one.</summary>
    private static Answer<T> Toggles<T>(IReadOnlyList<T> values, Func<T, string> data, Func<T, Text> label, Func<List<T>> chosen)
        where T : struct =>
        new ToggleAnswer<T>(values, data, label, chosen);

    private static Go Toggle<T>(List<T> chosen, T value)
    {
        if (!chosen.Remove(value))
        {
            chosen.Add(value);
        }

        return Go.Refresh;
    }

    /// <summary>A choice among a few values, each marked ✅ while chosen.</summary>
    private sealed class ToggleAnswer<T>(IReadOnlyList<T> values, Func<T, string> data, Func<T, Text> label, Func<List<T>> chosen) : Answer<T>
        where T : struct
    {
        public override bool IsChoice => true;

        public override IReadOnlyList<IReadOnlyList<Choice>> Choices(Turn turn) =>
            [.. values.Select(v => (IReadOnlyList<Choice>)[new Choice(chosen().Contains(v) ? CommonTexts.Selected.With(new { choice = label(v) }) : label(v), data(v))])];

        public override Parsed<T> Parse(Turn turn, Input input) =>
            input is ButtonInput { Data: var pressed } && values.FirstOrDefault(v => data(v) == pressed) is var value && data(value) == pressed
                ? Parsed<T>.Ok(value)
                : Parsed<T>.Invalid(input is TextInput or ButtonInput ? CommonTexts.NotAnOption : CommonTexts.UnsupportedMessage);
    }
}
