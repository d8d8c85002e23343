using System.Globalization;
using System.Runtime.InteropServices;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Conversations.Forms;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Concerns;

/// <summary>
/// The citizen's report form: region → settlement → category → description → (similar open concerns: "me too")
/// → photos → location → consent and contact, or anonymous → review, where any field can be changed → submit.
/// </summary>
internal sealed class ConcernFlow(ConversationRecord record, ConcernContext context, ConcernDesk desk) : Form<ConcernDraft>(record)
{
    public const string Name = "concern";

    private const int SettlementMin = 2;
    private const int SettlementMax = 100;

    public override string Flow => Name;

    public override TextKey Title => ConcernTexts.FlowTitle;

    // The offered concerns as read in this turn, with the ids they were read for: the similar step's question, its
    // buttons and the pressed button's label each list them, and a form lives for one turn.
    private (long[] Ids, List<Concern> Concerns)? _offered;

    private ConcernSettings Settings => context.Settings;

    protected override void Define(FormBuilder<ConcernDraft> form)
    {
        form.Ask("region", ConcernTexts.AskRegion, Answers.Region(context.Regions), (d, region) => d.RegionId = region.Id)
            .Changes(ConcernTexts.EditRegion);
        form.Ask("settlement", f => ConcernTexts.AskSettlement.With(new { region = context.RegionName(f.Draft.RegionId!) }), Answers.Text(SettlementMin, SettlementMax), (d, place) => d.Settlement = place)
            .Optional(d => d.Settlement = null)
            .Changes(ConcernTexts.EditSettlement);
        form.Ask("category", ConcernTexts.AskCategory, context.CategoryAnswer, (d, category) => d.CategoryId = category.Id)
            .Changes(ConcernTexts.EditCategory);
        form.Ask("description", ConcernTexts.AskDescription.With(new { min = Settings.DescriptionMinLength, max = Settings.DescriptionMaxLength }), DescriptionAnswer, Describe)
            .Changes(ConcernTexts.EditDescription);
        form.Ask("similar", SimilarQuestion, SimilarAnswer, Support)
            .When(d => d.SimilarIds.Count > 0)
            .Or(ConcernTexts.SimilarOwnButton, _ => Go.Next);
        form.Ask("photos", PhotosQuestion, Answers.Photo(), AddPhoto)
            .Or(f => f.Draft.Photos.Count == 0 ? CommonTexts.Skip : ConcernTexts.PhotosDone, _ => Go.Next)
            .Or(f => f.Draft.Photos.Count == 0 ? null : ConcernTexts.PhotosRemove, RemovePhotos)
            .Changes(ConcernTexts.EditPhotos);
        form.Ask("location", ConcernTexts.AskLocation, Answers.Location(), (d, point) => (d.Latitude, d.Longitude) = (point.Latitude, point.Longitude))
            .Optional(d => (d.Latitude, d.Longitude) = (null, null), ConcernTexts.NoLocationButton)
            .Changes(ConcernTexts.EditLocation);
        form.Ask("consent", ConcernTexts.Consent, Answers.Consent(ConcernDesk.ConsentVersion, ConcernTexts.ConsentAgree), (d, consent) => (d.Consent, d.Contact) = (consent, ContactChoice.Contact))
            .Or(ConcernTexts.ConsentAnonymous, f => StayAnonymous(f.Draft))
            .Changes(ConcernTexts.EditContact);
        form.Ask("contact", ConcernTexts.AskContact, Answers.Phone(), (d, contact) => (d.ContactName, d.ContactPhone) = (contact.Name, contact.Phone))
            .When(d => d.Contact == ContactChoice.Contact)
            .Or(ConcernTexts.ConsentAnonymous, f => StayAnonymous(f.Draft));
        form.Ask("anonymous", ConcernTexts.AnonymousExplain, Answers.Buttons(new Choice(ConcernTexts.AnonymousConfirm, "ok")), (d, _) => (d.ContactName, d.ContactPhone, d.Consent) = (null, null, null))
            .When(d => d.Contact == ContactChoice.Anonymous)
            .Or(ConcernTexts.AnonymousGiveContact, _ => Go.To("consent"))
            .CanGoTo("consent");
        form.Reviewed(Summary, _ => ConcernTexts.Submit, Submit);
    }

    private Answer<string> DescriptionAnswer => Answers.Text(
        Settings.DescriptionMinLength,
        Settings.DescriptionMaxLength,
        input => input is PhotoInput ? ConcernTexts.PhotoNotYet : null);

    private Go Describe(FormContext<ConcernDraft> form, string text)
    {
        if (desk.SameText(form.Turn.User.Id, text, form.Now) is { } same)
        {
            return Go.Retry(ConcernTexts.RepeatedText.With(new { number = same.Number }));
        }

        var draft = form.Draft;
        draft.Description = text;
        draft.SimilarIds = form.Editing ? [] : [.. desk.Similar(draft.RegionId!, draft.CategoryId!, text, form.Turn.User.Id)];
        return Go.Next;
    }

    /// <summary>The concerns offered for "me too" that still exist, whatever their status now (read once a turn).</summary>
    private List<Concern> Offered(ConcernDraft draft)
    {
        if (_offered is { } kept && kept.Ids.AsSpan().SequenceEqual(CollectionsMarshal.AsSpan(draft.SimilarIds)))
        {
            return kept.Concerns;
        }

        var concerns = draft.SimilarIds.Select(context.Store.Get).OfType<Concern>().ToList();
        _offered = ([.. draft.SimilarIds], concerns);
        return concerns;
    }

    private List<Concern> OpenSimilar(ConcernDraft draft) => [.. Offered(draft).Where(c => ConcernLifecycle.IsOpen(c.Status))];

    private Text SimilarQuestion(FormContext<ConcernDraft> form) =>
        ConcernTexts.SimilarIntro.With(new
        {
            items = Text.Paragraphs(OpenSimilar(form.Draft).Select(c => ConcernTexts.SimilarItem.With(new
            {
                number = c.Number,
                place = c.Settlement is { } place ? Text.Plain(place) : Text.Plain(context.RegionName(c.RegionId)),
                status = ConcernFormat.Status(c.Status),
                people = c.SupportCount + 1,
                excerpt = TextMatching.Shorten(c.Description, 200),
            }))),
        });

    // Every offered concern stays pressable: one closed meanwhile is explained when pressed, not refused as unknown.
    private Answer<Concern> SimilarAnswer => Answers.Choice<Concern>(
        turn => [.. Offered(Draft).Select(c => (IReadOnlyList<Concern>)[c])],
        c => "sup:" + c.Id.ToString(CultureInfo.InvariantCulture),
        c => ConcernTexts.SimilarSupportButton.With(new { number = c.Number }));

    private Go Support(FormContext<ConcernDraft> form, Concern concern)
    {
        if (desk.Support(form.Turn, concern))
        {
            return Go.Done;
        }

        form.Draft.SimilarIds.Remove(concern.Id);
        form.Say(ConcernTexts.SupportClosed);
        return OpenSimilar(form.Draft).Count == 0 ? Go.Next : Go.Again;
    }

    private static Text PhotosQuestion(FormContext<ConcernDraft> form) => form.Draft.Photos.Count == 0
        ? ConcernTexts.AskPhotos.With(new { max = ConcernSettings.MaxPhotos })
        : ConcernTexts.PhotosReceived.With(new { count = form.Draft.Photos.Count, max = ConcernSettings.MaxPhotos });

    private static Go AddPhoto(FormContext<ConcernDraft> form, string fileId)
    {
        var photos = form.Draft.Photos;
        if (photos.Count >= ConcernSettings.MaxPhotos)
        {
            return Go.Retry(ConcernTexts.PhotoLimit.With(new { max = ConcernSettings.MaxPhotos }));
        }

        if (!photos.Contains(fileId))
        {
            photos.Add(fileId);
        }

        return Go.Again;
    }

    private static Go RemovePhotos(FormContext<ConcernDraft> form)
    {
        form.Draft.Photos.Clear();
        return Go.Again;
    }

    private static Go StayAnonymous(ConcernDraft draft)
    {
        draft.Contact = ContactChoice.Anonymous;
        return Go.Next;
    }

    private Text Summary(FormContext<ConcernDraft> form)
    {
        var draft = form.Draft;
        return ConcernTexts.Review.With(new
        {
            region = context.RegionName(draft.RegionId!),
            settlement = draft.Settlement is { } settlement ? Text.Plain(settlement) : ConcernTexts.NotGiven,
            category = context.CategoryName(draft.CategoryId!),
            description = draft.Description ?? string.Empty,
            photos = draft.Photos.Count,
            location = ConcernCards.Location(draft.Latitude, draft.Longitude),
            contact = ConcernCards.Contact(draft.Contact == ContactChoice.Anonymous, draft.ContactName, draft.ContactPhone),
        });
    }

    private Go Submit(FormContext<ConcernDraft> form)
    {
        var turn = form.Turn;
        if (desk.DailyLimitReached(turn.User.Id, turn.Now))
        {
            turn.Send(new Reply { Text = ConcernTexts.LimitReached.With(new { limit = Settings.DailyLimit }), RemoveKeyboard = true });
        }
        else if (desk.SameText(turn.User.Id, form.Draft.Description!, turn.Now) is { } same)
        {
            turn.Send(new Reply { Text = ConcernTexts.RepeatedText.With(new { number = same.Number }), RemoveKeyboard = true });
        }
        else
        {
            desk.Submit(turn, form.Draft);
        }

        return Go.Done;
    }
}
