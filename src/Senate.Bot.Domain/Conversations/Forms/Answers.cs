using System.Globalization;
using Senate.Bot.Domain.Reference;
using Senate.Bot.Domain.Texts;
using Senate.Bot.Domain.Users;

namespace Senate.Bot.Domain.Conversations.Forms;

/// <summary>
/// The answers steps share, each written once: free text within a length window, typed values, buttons, the region
/// picker, the phone by Telegram's contact button, a location, a photo and consent. Each explains a wrong input in
/// the reader's language.
/// </summary>
public static class Answers
{
    /// <summary>Free text, trimmed, of <paramref name="min"/> to <paramref name="max"/> characters.</summary>
    /// <param name="min">The fewest characters.</param>
    /// <param name="max">The most characters.</param>
    /// <param name="otherKind">The hint for an input that is not text (a photo too early, say); the common one when null.</param>
    public static Answer<string> Text(int min, int max, Func<Input, Text?>? otherKind = null) => new TextAnswer(min, max, otherKind);

    /// <summary>
    /// Text of <paramref name="min"/> to <paramref name="max"/> characters with the sender's formatting kept (bold,
    /// italics, links as Telegram's entities carry them), trimmed.
    /// </summary>
    public static Answer<FormattedText> Formatted(int min, int max) => new FormattedAnswer(min, max);

    /// <summary>Text turned into a value by <paramref name="parse"/>, which explains what it could not use.</summary>
    public static Answer<T> Typed<T>(Func<string, Parsed<T>> parse) => new TypedAnswer<T>(parse);

    /// <summary>One of a few buttons, one per row; the value is the pressed button's.</summary>
    public static Answer<string> Buttons(params Choice[] choices) => new ButtonsAnswer(choices);

    /// <summary>One of the items <paramref name="layout"/> lays out for the reader; typed text is matched by <paramref name="typed"/>.</summary>
    public static Answer<T> Choice<T>(Func<Turn, IReadOnlyList<IReadOnlyList<T>>> layout, Func<T, string> value, Func<T, Text> label, Func<string, T?>? typed = null)
        where T : class => new ChoiceAnswer<T>(layout, value, label, typed);

    /// <summary>The region picker: the 20 regions, cities first, each group in the reader's alphabetical order; a typed name is matched in any language.</summary>
    public static Answer<Region> Region(Regions regions) => new RegionAnswer(regions);

    /// <summary>
    /// The region picker as a multi-select: pressing a region toggles it (the chosen ones are marked ✅); the step
    /// stays until one of its extra buttons moves on. <paramref name="selected"/> reads the chosen ids from the draft.
    /// </summary>
    public static Answer<Region> RegionToggle(Regions regions, Func<IReadOnlyCollection<string>> selected) => new RegionAnswer(regions, selected);

    /// <summary>The user's own phone number (as <c>+7 701 123 45 67</c>) and name from Telegram's contact button.</summary>
    public static Answer<SharedPhone> Phone() => PhoneAnswer.Instance;

    /// <summary>A point on the map from Telegram's location button.</summary>
    public static Answer<LocationInput> Location() => LocationAnswer.Instance;

    /// <summary>A photo (not a file); its Telegram file id.</summary>
    public static Answer<string> Photo() => PhotoAnswer.Instance;

    /// <summary>A text within the window, or a photo with an optional caption (cut to <paramref name="max"/>).</summary>
    public static Answer<TextOrPhoto> TextOrPhoto(int min, int max) => new TextOrPhotoAnswer(min, max);

    /// <summary>Consent to the terms in the question: a button with <paramref name="agree"/> records it with the time and <paramref name="version"/>.</summary>
    public static Answer<Consent> Consent(string version, Text agree) => new ConsentAnswer(version, agree);

    /// <summary>The common hint for an input of a kind the step cannot use, followed by what it wants.</summary>
    public static Text OtherKind(Text wanted) => Texts.Text.Paragraphs(CommonTexts.UnsupportedMessage, wanted);

    private sealed class TextAnswer(int min, int max, Func<Input, Text?>? otherKind) : Answer<string>
    {
        public override Parsed<string> Parse(Turn turn, Input input)
        {
            if (input is not TextInput { Text: var raw })
            {
                return Parsed<string>.Invalid(otherKind?.Invoke(input) ?? CommonTexts.WantText);
            }

            var text = raw.Trim();
            return text.Length < min
                ? Parsed<string>.Invalid(CommonTexts.TextTooShort.With(new { length = text.Length, min, max }))
                : text.Length > max
                    ? Parsed<string>.Invalid(CommonTexts.TextTooLong.With(new { length = text.Length, max }))
                    : Parsed<string>.Ok(text);
        }
    }

    private sealed class FormattedAnswer(int min, int max) : Answer<FormattedText>
    {
        public override Parsed<FormattedText> Parse(Turn turn, Input input)
        {
            if (input is not TextInput text)
            {
                return Parsed<FormattedText>.Invalid(CommonTexts.WantText);
            }

            var formatted = text.Formatted ?? FormattedText.Plain(text.Text);
            var start = 0;
            var end = formatted.Length;
            while (start < end && char.IsWhiteSpace(formatted.Text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(formatted.Text[end - 1]))
            {
                end--;
            }

            var trimmed = formatted.Slice(start, end - start);
            return trimmed.Length < min
                ? Parsed<FormattedText>.Invalid(CommonTexts.TextTooShort.With(new { length = trimmed.Length, min, max }))
                : trimmed.Length > max
                    ? Parsed<FormattedText>.Invalid(CommonTexts.TextTooLong.With(new { length = trimmed.Length, max }))
                    : Parsed<FormattedText>.Ok(trimmed);
        }
    }

    private sealed class TypedAnswer<T>(Func<string, Parsed<T>> parse) : Answer<T>
    {
        public override Parsed<T> Parse(Turn turn, Input input) =>
            input is TextInput { Text: var text } ? parse(text) : Parsed<T>.Invalid(CommonTexts.WantText);
    }

    private sealed class ChoiceAnswer<T> : Answer<T>
        where T : class
    {
        private readonly Func<Turn, IReadOnlyList<IReadOnlyList<T>>> _layout;
        private readonly Func<T, string> _value;
        private readonly Func<T, Text> _label;
        private readonly Func<string, T?>? _typed;

        public ChoiceAnswer(Func<Turn, IReadOnlyList<IReadOnlyList<T>>> layout, Func<T, string> value, Func<T, Text> label, Func<string, T?>? typed)
        {
            _layout = layout;
            _value = value;
            _label = label;
            _typed = typed;
        }

        public override bool IsChoice => true;

        public override IReadOnlyList<IReadOnlyList<Choice>> Choices(Turn turn) =>
            [.. _layout(turn).Select(row => (IReadOnlyList<Choice>)[.. row.Select(item => new Choice(_label(item), _value(item)))])];

        public override Parsed<T> Parse(Turn turn, Input input)
        {
            var found = input switch
            {
                ButtonInput { Data: var data } => _layout(turn).SelectMany(row => row).FirstOrDefault(item => _value(item) == data),
                TextInput { Text: var text } when _typed is not null => _typed(text),
                _ => null,
            };
            return found is not null
                ? Parsed<T>.Ok(found)
                : Parsed<T>.Invalid(NotAChoice(input));
        }
    }

    private sealed class ButtonsAnswer(Choice[] choices) : Answer<string>
    {
        public override bool IsChoice => true;

        public override IReadOnlyList<IReadOnlyList<Choice>> Choices(Turn turn) => [.. choices.Select(c => (IReadOnlyList<Choice>)[c])];

        public override Parsed<string> Parse(Turn turn, Input input) =>
            input is ButtonInput { Data: var data } && choices.Any(c => c.Value == data)
                ? Parsed<string>.Ok(data)
                : Parsed<string>.Invalid(NotAChoice(input));
    }

    private sealed class RegionAnswer(Regions regions, Func<IReadOnlyCollection<string>>? selected = null) : Answer<Region>
    {
        private readonly ChoiceAnswer<Region> _choice = new(
            turn => RegionLayout.Grid(regions, turn.Language),
            r => "r:" + r.Id,
            r => selected?.Invoke().Contains(r.Id) == true
                ? CommonTexts.Selected.With(new { choice = Texts.Text.Plain(r.ShortName) })
                : Texts.Text.Plain(r.ShortName),
            typed => RegionLayout.Match(regions, typed));

        public override bool IsChoice => true;

        public override IReadOnlyList<IReadOnlyList<Choice>> Choices(Turn turn) => _choice.Choices(turn);

        public override Parsed<Region> Parse(Turn turn, Input input) => _choice.Parse(turn, input);
    }

    private sealed class PhoneAnswer : Answer<SharedPhone>
    {
        public static readonly PhoneAnswer Instance = new();

        public override Keyboard? Keyboard { get; } = new([[new Key(CommonTexts.SharePhoneKey, KeyRequest.Contact)]]);

        public override Parsed<SharedPhone> Parse(Turn turn, Input input) => input switch
        {
            ContactInput contact when contact.UserId == turn.User.Id => Parsed<SharedPhone>.Ok(new SharedPhone(
                PhoneNumbers.Format(contact.PhoneNumber),
                string.Join(' ', new[] { contact.FirstName, contact.LastName }.Where(n => !string.IsNullOrWhiteSpace(n))).Trim())),
            ContactInput => Parsed<SharedPhone>.Invalid(CommonTexts.NotOwnContact),
            _ => Parsed<SharedPhone>.Invalid(CommonTexts.WantContact),
        };
    }

    private sealed class LocationAnswer : Answer<LocationInput>
    {
        public static readonly LocationAnswer Instance = new();

        public override Keyboard? Keyboard { get; } = new([[new Key(CommonTexts.SendLocationKey, KeyRequest.Location)]]);

        public override Parsed<LocationInput> Parse(Turn turn, Input input) =>
            input is LocationInput location ? Parsed<LocationInput>.Ok(location) : Parsed<LocationInput>.Invalid(CommonTexts.WantLocation);
    }

    private sealed class PhotoAnswer : Answer<string>
    {
        public static readonly PhotoAnswer Instance = new();

        public override Parsed<string> Parse(Turn turn, Input input) => input switch
        {
            PhotoInput photo => Parsed<string>.Ok(photo.FileId),
            DocumentInput { MimeType: { } mime } when mime.StartsWith("image/", StringComparison.OrdinalIgnoreCase) => Parsed<string>.Invalid(CommonTexts.PhotoAsFile),
            _ => Parsed<string>.Invalid(CommonTexts.WantPhoto),
        };
    }

    private sealed class TextOrPhotoAnswer(int min, int max) : Answer<TextOrPhoto>
    {
        private readonly TextAnswer _text = new(min, max, null);

        public override Parsed<TextOrPhoto> Parse(Turn turn, Input input)
        {
            if (input is PhotoInput photo)
            {
                var caption = photo.Caption?.Trim();
                return Parsed<TextOrPhoto>.Ok(new TextOrPhoto(
                    string.IsNullOrEmpty(caption) ? null : caption.Length <= max ? caption : caption[..(max - 1)] + "…",
                    photo.FileId));
            }

            return input is DocumentInput { MimeType: { } mime } && mime.StartsWith("image/", StringComparison.OrdinalIgnoreCase)
                ? Parsed<TextOrPhoto>.Invalid(CommonTexts.PhotoAsFile)
                : _text.Parse(turn, input).Select(text => new TextOrPhoto(text, null));
        }
    }

    private sealed class ConsentAnswer(string version, Text agree) : Answer<Consent>
    {
        private const string Agree = "agree";

        public override bool IsChoice => true;

        public override IReadOnlyList<IReadOnlyList<Choice>> Choices(Turn turn) => [[new Choice(agree, Agree)]];

        public override Parsed<Consent> Parse(Turn turn, Input input) =>
            input is ButtonInput { Data: Agree }
                ? Parsed<Consent>.Ok(new Consent(version, turn.Now.UtcDateTime))
                : Parsed<Consent>.Invalid(CommonTexts.ConsentNeeded);
    }

    /// <summary>The hint for an input that is none of a step's buttons.</summary>
    private static Text NotAChoice(Input input) => input is TextInput or ButtonInput ? CommonTexts.NotAnOption : CommonTexts.UnsupportedMessage;
}

/// <summary>How the region picker lays out and matches regions.</summary>
internal static class RegionLayout
{
    private const int MaxPaired = 18;

    /// <summary>Cities first, then the oblasts, each in the reader's alphabetical order; two to a row when both names are short.</summary>
    public static IReadOnlyList<IReadOnlyList<Region>> Grid(Regions regions, Language language)
    {
        var comparer = StringComparer.Create(language.Culture(), CompareOptions.IgnoreCase);
        var ordered = regions.All
            .OrderBy(r => r.IsCity ? 0 : 1)
            .ThenBy(r => r.ShortName.In(language), comparer);
        return Pairs(ordered, r => r.ShortName.In(language).Length);
    }

    /// <summary>Items two to a row when both are at most <see cref="MaxPaired"/> characters long, otherwise alone.</summary>
    public static IReadOnlyList<IReadOnlyList<T>> Pairs<T>(IEnumerable<T> items, Func<T, int> length)
    {
        var rows = new List<IReadOnlyList<T>>();
        var pending = new List<T>();
        foreach (var item in items)
        {
            if (pending.Count == 1 && length(pending[0]) <= MaxPaired && length(item) <= MaxPaired)
            {
                rows.Add([pending[0], item]);
                pending.Clear();
                continue;
            }

            if (pending.Count == 1)
            {
                rows.Add([pending[0]]);
                pending.Clear();
            }

            pending.Add(item);
        }

        if (pending.Count == 1)
        {
            rows.Add([pending[0]]);
        }

        return rows;
    }

    /// <summary>A region by a name typed in any language ("Атырау", "Atyrau Region").</summary>
    public static Region? Match(Regions regions, string typed)
    {
        var wanted = Normalize(typed);
        return wanted.Length == 0
            ? null
            : regions.All.FirstOrDefault(r => Languages.All.Any(l => Normalize(r.Name.In(l)) == wanted || Normalize(r.ShortName.In(l)) == wanted));
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split([' ', '.', ',', '-', '(', ')'], StringSplitOptions.RemoveEmptyEntries));
}
