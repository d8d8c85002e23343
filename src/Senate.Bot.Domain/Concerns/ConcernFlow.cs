using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;
using Stateless;

namespace Senate.Bot.Domain.Concerns;

/// <summary>
/// The citizen's report form: region → settlement → category → description → (similar open concerns: "me too")
/// → photos → location → contact after consent, or anonymous after an explanation → review, where any field can be
/// changed (its step then returns to the review) → submit. Each step accepts only what it asks for and explains
/// otherwise.
/// </summary>
internal sealed class ConcernFlow : Conversation<ConcernDraft>
{
    public const string Name = "concern";

    private const int SettlementMinLength = 2;
    private const int SettlementMaxLength = 100;
    private const string Cancel = "cancel";

    private readonly StateMachine<State, Trigger> _machine;
    private readonly ConcernContext _context;
    private readonly ConcernDesk _desk;

    public ConcernFlow(ConversationRecord record, ConcernContext context, ConcernDesk desk)
        : base(record)
    {
        _context = context;
        _desk = desk;
        _machine = CreateMachine<State, Trigger>(State.Region);
        Configure();
    }

    private enum State
    {
        Region,
        Settlement,
        Category,
        Description,
        Similar,
        Photos,
        Location,
        Consent,
        Contact,
        Anonymous,
        Review,
    }

    private enum Trigger
    {
        Next,
        Agree,
        GoAnonymous,
        GiveContact,
        EditRegion,
        EditSettlement,
        EditCategory,
        EditDescription,
        EditPhotos,
        EditLocation,
        EditContact,
    }

    public override string Flow => Name;

    public override TextKey Title => ConcernTexts.FlowTitle;

    private ConcernSettings Settings => _context.Settings;

    public override void Start(Turn turn)
    {
        SetState(nameof(State.Region));
        Prompt(turn);
    }

    public override void Handle(Turn turn, Input input)
    {
        if (input is ButtonInput { Data: Cancel })
        {
            turn.End();
            turn.Send(new Reply { Text = CommonTexts.Cancelled.With(Title), RemoveKeyboard = true });
            turn.ShowMenu();
            return;
        }

        Action<Turn, Input> handle = _machine.State switch
        {
            State.Region => HandleRegion,
            State.Settlement => HandleSettlement,
            State.Category => HandleCategory,
            State.Description => HandleDescription,
            State.Similar => HandleSimilar,
            State.Photos => HandlePhotos,
            State.Location => HandleLocation,
            State.Consent => HandleConsent,
            State.Contact => HandleContact,
            State.Anonymous => HandleAnonymous,
            _ => HandleReview,
        };
        handle(turn, input);

        // The step moved on, or stays and asks again after its explanation; a finished flow asks nothing.
        if (Record.IsActive && turn.ActiveFlow == this)
        {
            Prompt(turn);
        }
    }

    public override void Prompt(Turn turn)
    {
        switch (_machine.State)
        {
            case State.Region:
                var regions = _context.RegionGrid(turn.Language, (r, label) => StepButton(label, "r:" + r.Id));
                turn.Say(ConcernTexts.AskRegion, [.. regions, [StepButton(CommonTexts.CancelButton, Cancel)]]);
                break;
            case State.Settlement:
                turn.Say(ConcernTexts.AskSettlement.With(_context.RegionName(Draft.RegionId!)), [[StepButton(CommonTexts.Skip, "skip")]]);
                break;
            case State.Category:
                turn.Say(ConcernTexts.AskCategory, _context.CategoryGrid(turn.Language, (c, label) => StepButton(label, "k:" + c.Id)));
                break;
            case State.Description:
                turn.Say(ConcernTexts.AskDescription.With(Settings.DescriptionMinLength, Settings.DescriptionMaxLength));
                break;
            case State.Similar:
                PromptSimilar(turn);
                break;
            case State.Photos:
                var photoButtons = Draft.Photos.Count == 0
                    ? [[StepButton(CommonTexts.Skip, "done")]]
                    : new List<IReadOnlyList<Button>> { new[] { StepButton(ConcernTexts.PhotosDone, "done") }, new[] { StepButton(ConcernTexts.PhotosRemove, "clear") } };
                turn.Say(ConcernTexts.AskPhotos.With(Draft.Photos.Count, ConcernSettings.MaxPhotos), photoButtons);
                break;
            case State.Location:
                turn.Send(new Reply
                {
                    Text = ConcernTexts.AskLocation,
                    Keyboard = new Keyboard([[new Key(ConcernTexts.SendLocationKey, KeyRequest.Location)]]),
                    Buttons = [[StepButton(ConcernTexts.NoLocationButton, "skip")]],
                });
                break;
            case State.Consent:
                turn.Send(new Reply
                {
                    Text = ConcernTexts.Consent,
                    Buttons = [[StepButton(ConcernTexts.ConsentAgree, "agree")], [StepButton(ConcernTexts.ConsentAnonymous, "anon")]],
                    RemoveKeyboard = true,
                });
                break;
            case State.Contact:
                turn.Send(new Reply
                {
                    Text = ConcernTexts.AskContact,
                    Keyboard = new Keyboard([[new Key(ConcernTexts.ShareContactKey, KeyRequest.Contact)]]),
                    Buttons = [[StepButton(ConcernTexts.ConsentAnonymous, "anon")]],
                });
                break;
            case State.Anonymous:
                turn.Send(new Reply
                {
                    Text = ConcernTexts.AnonymousExplain,
                    Buttons = [[StepButton(ConcernTexts.AnonymousConfirm, "ok")], [StepButton(ConcernTexts.AnonymousGiveContact, "contact")]],
                    RemoveKeyboard = true,
                });
                break;
            default:
                PromptReview(turn);
                break;
        }
    }

    private void Configure()
    {
        _machine.Configure(State.Region)
            .PermitDynamic(Trigger.Next, () => Draft.Editing ? State.Review : State.Settlement);
        _machine.Configure(State.Settlement)
            .PermitDynamic(Trigger.Next, () => Draft.Editing ? State.Review : State.Category);
        _machine.Configure(State.Category)
            .PermitDynamic(Trigger.Next, () => Draft.Editing ? State.Review : State.Description);
        _machine.Configure(State.Description)
            .PermitDynamic(Trigger.Next, () => Draft.Editing ? State.Review : Draft.SimilarIds.Count > 0 ? State.Similar : State.Photos);
        _machine.Configure(State.Similar)
            .Permit(Trigger.Next, State.Photos);
        _machine.Configure(State.Photos)
            .PermitDynamic(Trigger.Next, () => Draft.Editing ? State.Review : State.Location);
        _machine.Configure(State.Location)
            .PermitDynamic(Trigger.Next, () => Draft.Editing ? State.Review : State.Consent);
        _machine.Configure(State.Consent)
            .Permit(Trigger.Agree, State.Contact)
            .Permit(Trigger.GoAnonymous, State.Anonymous);
        _machine.Configure(State.Contact)
            .Permit(Trigger.Next, State.Review)
            .Permit(Trigger.GoAnonymous, State.Anonymous);
        _machine.Configure(State.Anonymous)
            .Permit(Trigger.Next, State.Review)
            .Permit(Trigger.GiveContact, State.Consent);
        _machine.Configure(State.Review)
            .OnEntry(() => Draft.Editing = false)
            .Permit(Trigger.EditRegion, State.Region)
            .Permit(Trigger.EditSettlement, State.Settlement)
            .Permit(Trigger.EditCategory, State.Category)
            .Permit(Trigger.EditDescription, State.Description)
            .Permit(Trigger.EditPhotos, State.Photos)
            .Permit(Trigger.EditLocation, State.Location)
            .Permit(Trigger.EditContact, State.Consent);
    }

    private void HandleRegion(Turn turn, Input input)
    {
        var region = input switch
        {
            ButtonInput { Data: var data } when data.StartsWith("r:", StringComparison.Ordinal) => _context.Regions.Find(data[2..]),
            TextInput text => _context.MatchRegion(text.Text),
            _ => null,
        };
        if (region is null)
        {
            turn.Say(ConcernTexts.UseButtons);
            return;
        }

        Draft.RegionId = region.Id;
        Fire(Trigger.Next);
    }

    private void HandleSettlement(Turn turn, Input input)
    {
        switch (input)
        {
            case ButtonInput { Data: "skip" }:
                Draft.Settlement = null;
                Fire(Trigger.Next);
                return;
            case TextInput { Text: var text } when text.Trim().Length is >= SettlementMinLength and <= SettlementMaxLength:
                Draft.Settlement = text.Trim();
                Fire(Trigger.Next);
                return;
            case TextInput:
                turn.Say(ConcernTexts.SettlementLength.With(SettlementMinLength, SettlementMaxLength));
                return;
            default:
                turn.Say(ConcernTexts.WantText);
                return;
        }
    }

    private void HandleCategory(Turn turn, Input input)
    {
        var category = input switch
        {
            ButtonInput { Data: var data } when data.StartsWith("k:", StringComparison.Ordinal) => _context.Categories.Find(data[2..]),
            TextInput text => _context.Categories.All.FirstOrDefault(c =>
                Languages.All.Any(l => TextMatching.Normalize(c.Name.In(l)) == TextMatching.Normalize(text.Text))),
            _ => null,
        };
        if (category is null)
        {
            turn.Say(ConcernTexts.UseButtons);
            return;
        }

        Draft.CategoryId = category.Id;
        Fire(Trigger.Next);
    }

    private void HandleDescription(Turn turn, Input input)
    {
        if (input is not TextInput { Text: var raw })
        {
            turn.Say(input is PhotoInput ? ConcernTexts.PhotoNotYet : ConcernTexts.WantText);
            return;
        }

        var text = raw.Trim();
        if (text.Length < Settings.DescriptionMinLength)
        {
            turn.Say(ConcernTexts.DescriptionTooShort.With(text.Length, Settings.DescriptionMinLength, Settings.DescriptionMaxLength));
            return;
        }

        if (text.Length > Settings.DescriptionMaxLength)
        {
            turn.Say(ConcernTexts.DescriptionTooLong.With(text.Length, Settings.DescriptionMinLength, Settings.DescriptionMaxLength));
            return;
        }

        if (_desk.SameText(turn.User.Id, text, turn.Now) is { } same)
        {
            turn.Say(ConcernTexts.RepeatedText.With(same.Number));
            return;
        }

        Draft.Description = text;
        if (!Draft.Editing)
        {
            Draft.SimilarIds = [.. _desk.Similar(Draft.RegionId!, Draft.CategoryId!, text, turn.User.Id).Select(c => c.Id)];
        }

        Fire(Trigger.Next);
    }

    private void HandleSimilar(Turn turn, Input input)
    {
        switch (input)
        {
            case ButtonInput { Data: "own" }:
                Fire(Trigger.Next);
                return;
            case ButtonInput { Data: var data } when data.StartsWith("sup:", StringComparison.Ordinal)
                && long.TryParse(data[4..], out var id) && Draft.SimilarIds.Contains(id):
                if (_context.Store.Get(id) is { } concern && _desk.Support(turn, concern))
                {
                    turn.End();
                    return;
                }

                Draft.SimilarIds.Remove(id);
                turn.Say(ConcernTexts.SupportClosed);
                return;
            default:
                turn.Say(ConcernTexts.UseButtons);
                return;
        }
    }

    private void PromptSimilar(Turn turn)
    {
        var open = Draft.SimilarIds
            .Select(_context.Store.Get)
            .OfType<Concern>()
            .Where(c => ConcernLifecycle.IsOpen(c.Status))
            .ToList();
        if (open.Count == 0)
        {
            Fire(Trigger.Next);
            Prompt(turn);
            return;
        }

        var items = open.Select(c => (Text)ConcernTexts.SimilarItem.With(
            c.Number,
            c.Settlement is { } place ? CommonTexts.Plain.With(place) : CommonTexts.Plain.With(_context.RegionName(c.RegionId)),
            ConcernFormat.Status(c.Status),
            c.SupportCount + 1,
            TextMatching.Shorten(c.Description, 200)));
        var buttons = open
            .Select(c => (IReadOnlyList<Button>)[StepButton(ConcernTexts.SimilarSupportButton.With(c.Number), "sup:" + c.Id)])
            .Append([StepButton(ConcernTexts.SimilarOwnButton, "own")]);
        turn.Say(ConcernTexts.SimilarIntro.With(ConcernFormat.Join(items)), [.. buttons]);
    }

    private void HandlePhotos(Turn turn, Input input)
    {
        switch (input)
        {
            case PhotoInput when Draft.Photos.Count >= ConcernSettings.MaxPhotos:
                turn.Say(ConcernTexts.PhotoLimit.With(ConcernSettings.MaxPhotos));
                return;
            case PhotoInput photo:
                if (!Draft.Photos.Contains(photo.FileId))
                {
                    Draft.Photos.Add(photo.FileId);
                }

                return;
            case ButtonInput { Data: "done" }:
                Fire(Trigger.Next);
                return;
            case ButtonInput { Data: "clear" }:
                Draft.Photos.Clear();
                return;
            case DocumentInput { MimeType: { } mime } when mime.StartsWith("image/", StringComparison.OrdinalIgnoreCase):
                turn.Say(ConcernTexts.PhotoAsFile);
                return;
            default:
                turn.Say(ConcernTexts.WantPhoto);
                return;
        }
    }

    private void HandleLocation(Turn turn, Input input)
    {
        switch (input)
        {
            case LocationInput location:
                Draft.Latitude = location.Latitude;
                Draft.Longitude = location.Longitude;
                Fire(Trigger.Next);
                return;
            case ButtonInput { Data: "skip" }:
                Draft.Latitude = null;
                Draft.Longitude = null;
                Fire(Trigger.Next);
                return;
            default:
                turn.Say(ConcernTexts.WantLocation);
                return;
        }
    }

    private void HandleConsent(Turn turn, Input input)
    {
        switch (input)
        {
            case ButtonInput { Data: "agree" }:
                Draft.ConsentUtc = turn.Now.UtcDateTime;
                Fire(Trigger.Agree);
                return;
            case ButtonInput { Data: "anon" }:
                Fire(Trigger.GoAnonymous);
                return;
            default:
                turn.Say(ConcernTexts.UseButtons);
                return;
        }
    }

    private void HandleContact(Turn turn, Input input)
    {
        switch (input)
        {
            case ContactInput contact when contact.UserId == turn.User.Id:
                Draft.Anonymous = false;
                Draft.ContactName = string.Join(' ', new[] { contact.FirstName, contact.LastName }.Where(n => !string.IsNullOrWhiteSpace(n))).Trim();
                Draft.ContactPhone = contact.PhoneNumber.StartsWith('+') ? contact.PhoneNumber : "+" + contact.PhoneNumber;
                Fire(Trigger.Next);
                return;
            case ContactInput:
                turn.Say(ConcernTexts.NotOwnContact);
                return;
            case ButtonInput { Data: "anon" }:
                Fire(Trigger.GoAnonymous);
                return;
            default:
                turn.Say(ConcernTexts.WantContact);
                return;
        }
    }

    private void HandleAnonymous(Turn turn, Input input)
    {
        switch (input)
        {
            case ButtonInput { Data: "ok" }:
                Draft.Anonymous = true;
                Draft.ContactName = null;
                Draft.ContactPhone = null;
                Draft.ConsentUtc = null;
                Fire(Trigger.Next);
                return;
            case ButtonInput { Data: "contact" }:
                Fire(Trigger.GiveContact);
                return;
            default:
                turn.Say(ConcernTexts.UseButtons);
                return;
        }
    }

    private void HandleReview(Turn turn, Input input)
    {
        Trigger? edit = input switch
        {
            ButtonInput { Data: "e:region" } => Trigger.EditRegion,
            ButtonInput { Data: "e:settlement" } => Trigger.EditSettlement,
            ButtonInput { Data: "e:category" } => Trigger.EditCategory,
            ButtonInput { Data: "e:description" } => Trigger.EditDescription,
            ButtonInput { Data: "e:photos" } => Trigger.EditPhotos,
            ButtonInput { Data: "e:location" } => Trigger.EditLocation,
            ButtonInput { Data: "e:contact" } => Trigger.EditContact,
            _ => null,
        };
        if (edit is { } trigger)
        {
            Draft.Editing = true;
            Fire(trigger);
            return;
        }

        if (input is not ButtonInput { Data: "submit" })
        {
            turn.Say(ConcernTexts.UseButtons);
            return;
        }

        if (_desk.DailyLimitReached(turn.User.Id, turn.Now))
        {
            turn.Send(new Reply { Text = ConcernTexts.LimitReached.With(Settings.DailyLimit), RemoveKeyboard = true });
            turn.End();
            return;
        }

        if (_desk.SameText(turn.User.Id, Draft.Description!, turn.Now) is { } same)
        {
            turn.Send(new Reply { Text = ConcernTexts.RepeatedText.With(same.Number), RemoveKeyboard = true });
            turn.End();
            return;
        }

        _desk.Submit(turn, Draft);
        turn.End();
    }

    private void PromptReview(Turn turn)
    {
        var text = ConcernTexts.Review.With(
            _context.RegionName(Draft.RegionId!),
            Draft.Settlement is { } settlement ? CommonTexts.Plain.With(settlement) : ConcernTexts.NotGiven,
            _context.CategoryName(Draft.CategoryId!),
            Draft.Description ?? string.Empty,
            Draft.Photos.Count,
            Draft.Latitude is { } lat && Draft.Longitude is { } lon
                ? ConcernTexts.LocationGiven.With(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{lat:0.00000}, {lon:0.00000}"))
                : ConcernTexts.NotGiven,
            Draft.Anonymous || Draft.ContactPhone is null
                ? ConcernTexts.ContactAnonymous
                : ConcernTexts.ContactValue.With(Draft.ContactName ?? string.Empty, Draft.ContactPhone));
        turn.Send(new Reply
        {
            Text = text,
            Buttons =
            [
                [StepButton(ConcernTexts.EditRegion, "e:region"), StepButton(ConcernTexts.EditSettlement, "e:settlement")],
                [StepButton(ConcernTexts.EditCategory, "e:category"), StepButton(ConcernTexts.EditDescription, "e:description")],
                [StepButton(ConcernTexts.EditPhotos, "e:photos"), StepButton(ConcernTexts.EditLocation, "e:location")],
                [StepButton(ConcernTexts.EditContact, "e:contact")],
                [StepButton(ConcernTexts.Submit, "submit")],
                [StepButton(CommonTexts.CancelButton, Cancel)],
            ],
            RemoveKeyboard = true,
        });
    }

    private void Fire(Trigger trigger) => _machine.Fire(trigger);
}
