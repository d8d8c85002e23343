using System.Globalization;
using Senate.Bot.Domain.Audit;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Conversations.Forms;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;
using Senate.Bot.Domain.Youth;

namespace Senate.Bot.Domain.Digests;

/// <summary>
/// An editor writes a digest (title and text in kk, ru and en — each optional, at least one — the meeting date, the
/// regions or nationwide, an optional photo, when to publish) and sees it exactly as readers will before confirming;
/// or changes a draft or a scheduled one, or corrects a published one (straight to the review). The formatting of the
/// editor's messages is kept. The editor role is checked again at every input.
/// </summary>
internal sealed class DigestEditorFlow(ConversationRecord record, DigestsContext context, DigestMessages messages) : Form<DigestDraft>(record)
{
    public const string Name = "digest.editor";

    private const string RegionPrefix = "r:";

    public override string Flow => Name;

    public override TextKey Title => Draft.Correcting ? DigestTexts.CorrectFlowTitle : Draft.DigestId is null ? DigestTexts.NewFlowTitle : DigestTexts.EditFlowTitle;

    protected override bool StartsAtReview => Draft.DigestId is not null;

    /// <summary>Starts writing a new digest.</summary>
    public static void BeginNew(Turn turn, DigestsContext context, DigestMessages messages)
    {
        var flow = new DigestEditorFlow(turn.Conversation, context, messages);
        flow.FreshDraft();
        turn.Begin(flow);
    }

    /// <summary>Starts changing a draft or scheduled digest, or correcting a published one, at the review.</summary>
    public static void BeginChange(Turn turn, DigestsContext context, DigestMessages messages, Digest digest)
    {
        var flow = new DigestEditorFlow(turn.Conversation, context, messages);
        var draft = flow.FreshDraft();
        draft.DigestId = digest.Id;
        draft.Correcting = digest.Status == DigestStatus.Published;
        foreach (var version in digest.Content.Versions)
        {
            draft.Set(version.Language, version.Title, version.Text);
        }

        draft.MeetingDate = digest.Content.MeetingDate;
        draft.RegionIds = [.. digest.Content.RegionIds];
        draft.PhotoFileId = digest.Content.Photo?.FileId;
        (draft.Mode, draft.PublishUtc) = digest.Status == DigestStatus.Scheduled ? (PublishMode.Later, digest.ScheduledUtc) : (PublishMode.Draft, null);
        turn.Begin(flow);
    }

    protected override void Define(FormBuilder<DigestDraft> form)
    {
        foreach (var language in Languages.All)
        {
            var title = TitleStep(form, language);
            if (language == Language.Kk)
            {
                title.Changes(DigestTexts.ChangeTextsButton);
            }

            form.Ask("text" + language.Code(), f => Current(DigestTexts.AskText.With(new { language = In(language) }), f.Draft.Text(language) is { } text ? Text.Plain(Shorten(text.Text)) : null), Answers.Formatted(1, FormattedText.MessageLimit), (d, text) => d.Set(language, d.Title(language), text))
                .When(d => d.Title(language) is not null)
                .Or(f => f.Draft.Text(language) is null ? null : DigestTexts.KeepButton, _ => Go.Next);
        }

        form.Ask("date", f => Current(DigestTexts.AskDate, f.Draft.MeetingDate is { } date ? Text.Plain(date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)) : null), Answers.Typed(DigestDraft.ParseDate), (d, date) => d.MeetingDate = date)
            .Or(DigestTexts.TodayButton, f =>
            {
                f.Draft.MeetingDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(f.Now, context.Settings.TimeZone).DateTime);
                return Go.Next;
            })
            .Changes(DigestTexts.ChangeDateButton);
        form.Ask("regions", DigestTexts.AskRegions, RegionAnswer, ToggleRegion)
            .Or(f => f.Draft.RegionIds.Count == 0 ? null : DigestTexts.RegionsDone, _ => Go.Next)
            .Changes(DigestTexts.ChangeRegionsButton);
        form.Ask("photo", DigestTexts.AskPhoto, Answers.Photo(), (d, photo) => d.PhotoFileId = photo)
            .Or(f => f.Draft.PhotoFileId is null ? null : DigestTexts.KeepButton, _ => Go.Next)
            .Optional(d => d.PhotoFileId = null, DigestTexts.NoPhotoButton)
            .Changes(DigestTexts.ChangePhotoButton);
        form.Ask("when", DigestTexts.AskWhen, Answers.Buttons(
                new Choice(DigestTexts.WhenNow, "now"),
                new Choice(DigestTexts.WhenLater, "later"),
                new Choice(DigestTexts.WhenDraft, "draft")), (d, when) => d.Mode = when switch
            {
                "now" => PublishMode.Now,
                "later" => PublishMode.Later,
                _ => PublishMode.Draft,
            })
            .When(d => !d.Correcting)
            .Changes(DigestTexts.ChangeWhenButton, d => !d.Correcting);
        form.Ask("time", DigestTexts.AskTime, DateAnswer, TakeTime)
            .When(d => !d.Correcting && d.Mode == PublishMode.Later);
        form.Reviewed(Review, SubmitLabel, Submit, Preview);
    }

    /// <summary>Only editors may go on.</summary>
    protected override bool CanContinue(FormContext<DigestDraft> form) => HoldsRole(form, StaffRole.Editor);

    /// <summary>A title step: the title, "keep" while there is one, or "without this language" (which drops its text too).</summary>
    private static StepBuilder<DigestDraft> TitleStep(FormBuilder<DigestDraft> form, Language language)
    {
        Go Then(FormContext<DigestDraft> f) =>
            language == Language.En && !f.Draft.Languages.Any() && f.Draft.TitleKk is null && f.Draft.TitleRu is null && f.Draft.TitleEn is null
                ? Go.To("titlekk", DigestTexts.OneLanguageNeeded)
                : Go.Next;

        var step = form.Ask("title" + language.Code(), f => Current(DigestTexts.AskTitle.With(new { language = In(language), max = DigestContent.MaxTitleLength }), f.Draft.Title(language)), Answers.Typed(DigestDraft.ParseTitle), (f, title) =>
            {
                f.Draft.Set(language, title, f.Draft.Text(language));
                return Go.Next;
            })
            .Or(f => f.Draft.Title(language) is null ? null : DigestTexts.KeepButton, _ => Go.Next)
            .Or(DigestTexts.SkipLanguageButton, f =>
            {
                f.Draft.Set(language, null, null);
                return Then(f);
            });
        return language == Language.En ? step.CanGoTo("titlekk") : step;
    }

    private Answer<DateTime> DateAnswer => StaffInput.LocalTimeAnswer(context.Settings.TimeZone, DigestTexts.TimeInvalid);

    private static Go TakeTime(FormContext<DigestDraft> form, DateTime moment) =>
        StaffInput.Future(form, moment, DigestTexts.TimeInPast, (draft, at) => draft.PublishUtc = at);

    /// <summary>The regions as toggles (a mark on the chosen ones), nationwide last.</summary>
    private Answer<string> RegionAnswer => Answers.Choice<string>(
        turn => [.. RegionLayout.Grid(context.Regions, turn.Language).Select(row => (IReadOnlyList<string>)[.. row.Select(r => r.Id)]), [DigestRegions.National]],
        id => RegionPrefix + id,
        id => Draft.RegionIds.Contains(id) ? Text.Join(" ", [Text.Plain("✅"), context.RegionLabel(id)]) : context.RegionLabel(id));

    /// <summary>Marks or unmarks a region in place; nationwide and regions exclude each other.</summary>
    private static Go ToggleRegion(FormContext<DigestDraft> form, string regionId)
    {
        var chosen = form.Draft.RegionIds;
        if (!chosen.Remove(regionId))
        {
            chosen.RemoveAll(id => (id == DigestRegions.National) != (regionId == DigestRegions.National));
            chosen.Add(regionId);
        }

        return Go.Refresh;
    }

    private Text Review(FormContext<DigestDraft> form)
    {
        var draft = form.Draft;
        var counts = context.Subscriptions.Count(draft.RegionIds);
        return DigestTexts.Review.With(new
        {
            date = (object?)draft.MeetingDate ?? DigestTexts.NotGiven,
            regions = draft.RegionIds.Count == 0 ? DigestTexts.NotGiven : context.RegionNames(draft.RegionIds),
            languages = Text.Join(", ", draft.Languages.Select(l => Text.In(l, CommonTexts.LanguageName))),
            photo = draft.PhotoFileId is null ? DigestTexts.NoPhoto : DigestTexts.WithPhoto,
            when = draft.Correcting ? DigestTexts.WhenCorrection
                : draft.Mode switch
                {
                    PublishMode.Now => DigestTexts.ReviewNow,
                    PublishMode.Later when draft.PublishUtc is { } at => CommonTexts.DateTime.With(new { value = new DateTimeOffset(at, TimeSpan.Zero) }),
                    _ => DigestTexts.ReviewDraft,
                },
            immediately = counts.Immediately,
            weekly = counts.Weekly,
        });
    }

    /// <summary>The digest in each language it has, exactly as readers of that language will get it.</summary>
    private IEnumerable<Reply> Preview(FormContext<DigestDraft> form)
    {
        var existing = form.Draft.DigestId is { } id ? context.Digests.Get(id) : null;
        var content = form.Draft.ToContent(existing);
        if (content.Versions.Count == 0)
        {
            yield break;
        }

        var preview = new Digest { Id = existing?.Id ?? 0, Content = content, Corrections = existing?.Corrections ?? [] };
        foreach (var version in content.Versions)
        {
            yield return new Reply { Text = DigestTexts.PreviewHeading.With(new { language = Text.In(version.Language, CommonTexts.LanguageName) }) };
            foreach (var reply in messages.Show(preview, version.Language, chatId: null, buttons: []))
            {
                yield return reply with { Language = version.Language };
            }
        }
    }

    private static Text SubmitLabel(FormContext<DigestDraft> form) => form.Draft.Correcting
        ? DigestTexts.SaveCorrectionButton
        : form.Draft.Mode switch
        {
            PublishMode.Now => DigestTexts.PublishButton,
            PublishMode.Later => DigestTexts.ScheduleButton,
            _ => DigestTexts.SaveDraftButton,
        };

    private Go Submit(FormContext<DigestDraft> form)
    {
        var draft = form.Draft;
        var now = form.Now.UtcDateTime;
        var existing = draft.DigestId is { } id ? context.Digests.Get(id) : null;
        if (draft.DigestId is not null && (existing is null || existing.Status == DigestStatus.Withdrawn || (existing.Status == DigestStatus.Published) != draft.Correcting))
        {
            form.Say(DigestTexts.ChangedMeanwhile);
            return Go.Done;
        }

        var content = draft.ToContent(existing);
        if (content.Problems(context.Regions) is { Count: > 0 } problems)
        {
            return Go.Retry(DigestTexts.Problems(problems));
        }

        if (draft.Mode == PublishMode.Later && !draft.Correcting && draft.PublishUtc <= now)
        {
            return Go.Retry(DigestTexts.TimeInPast);
        }

        var digest = existing ?? Digest.NewDraft(content, form.Turn.User.Id, now);
        if (existing is null)
        {
            context.Digests.Insert(digest);
        }
        else if (draft.Correcting)
        {
            digest.Correct(content, form.Turn.User.Id, now);
        }
        else
        {
            digest.Edit(content, now);
        }

        if (!draft.Correcting)
        {
            draft.ApplyMode(digest, now);
        }

        context.Digests.Update(digest);
        var (action, details) = draft.AuditOf(digest);
        form.Turn.Audit(action, AuditSubjects.Digest(digest.Id), details);
        form.Send(new Reply
        {
            Text = Outcome(digest),
            Buttons = [[new Button(DigestTexts.StaffCardButton, DigestStaffFeature.CardData(digest.Id))]],
        });
        return Go.Done;
    }

    private Text Outcome(Digest digest) => Draft.Correcting
        ? DigestTexts.CorrectionSaved.With(new { id = digest.Id })
        : digest.Status switch
        {
            DigestStatus.Published => DigestTexts.PublishedNow.With(new { id = digest.Id, count = context.Subscriptions.Count(digest.Content.RegionIds).Immediately, link = context.Link(digest.Id) }),
            DigestStatus.Scheduled => DigestTexts.ScheduledFor.With(new { id = digest.Id, at = new DateTimeOffset(digest.ScheduledUtc!.Value, TimeSpan.Zero) }),
            _ => DigestTexts.DraftSaved.With(new { id = digest.Id }),
        };

    private static Text In(Language language) => DigestTexts.InLanguage(language);

    private static Text Current(Text question, object? current) =>
        Text.Paragraphs(question, current is null ? null : DigestTexts.CurrentValue.With(new { value = current }));

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..199] + "…";
}
