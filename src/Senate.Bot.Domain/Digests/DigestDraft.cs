using System.Globalization;
using Senate.Bot.Domain.Audit;
using Senate.Bot.Domain.Conversations.Forms;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Digests;

/// <summary>A digest being written, changed or corrected by an editor (kept as JSON in the conversation record).</summary>
internal sealed class DigestDraft
{
    /// <summary>The digest being changed or corrected; null while writing a new one.</summary>
    public long? DigestId { get; set; }

    /// <summary>True when correcting a published digest: it stays published and the archive shows the correction.</summary>
    public bool Correcting { get; set; }

    public string? TitleKk { get; set; }

    public FormattedText? TextKk { get; set; }

    public string? TitleRu { get; set; }

    public FormattedText? TextRu { get; set; }

    public string? TitleEn { get; set; }

    public FormattedText? TextEn { get; set; }

    public DateOnly? MeetingDate { get; set; }

    public List<string> RegionIds { get; set; } = [];

    public string? PhotoFileId { get; set; }

    public PublishMode Mode { get; set; }

    public DateTime? PublishUtc { get; set; }

    public string? Title(Language language) => language switch
    {
        Language.Kk => TitleKk,
        Language.Ru => TitleRu,
        _ => TitleEn,
    };

    public FormattedText? Text(Language language) => language switch
    {
        Language.Kk => TextKk,
        Language.Ru => TextRu,
        _ => TextEn,
    };

    public void Set(Language language, string? title, FormattedText? text)
    {
        switch (language)
        {
            case Language.Kk:
                (TitleKk, TextKk) = (title, text);
                break;
            case Language.Ru:
                (TitleRu, TextRu) = (title, text);
                break;
            default:
                (TitleEn, TextEn) = (title, text);
                break;
        }
    }

    /// <summary>The languages with both a title and a text.</summary>
    public IEnumerable<Language> Languages => Texts.Languages.All.Where(l => Title(l) is not null && Text(l) is not null);

    /// <summary>The digest's content as written; a seeded photo without a file (a link only) is kept from <paramref name="existing"/>.</summary>
    public DigestContent ToContent(Digest? existing) => new()
    {
        MeetingDate = MeetingDate ?? default,
        RegionIds = [.. RegionIds],
        Versions = [.. Languages.Select(l => new DigestVersion(l, Title(l)!, Text(l)!))],
        Photo = PhotoFileId is { } photo ? new DigestPhoto(photo, null) : existing?.Content.Photo is { FileId: null } seeded ? seeded : null,
        Source = existing?.Content.Source,
    };

    /// <summary>A title: spaces collapsed, within the length limit.</summary>
    public static Parsed<string> ParseTitle(string text)
    {
        var title = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return title.Length is > 0 and <= DigestContent.MaxTitleLength
            ? Parsed<string>.Ok(title)
            : Parsed<string>.Invalid(DigestTexts.TitleInvalid.With(new { max = DigestContent.MaxTitleLength }));
    }

    /// <summary>A meeting date as editors type it.</summary>
    public static Parsed<DateOnly> ParseDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Parsed<DateOnly>.Ok(date)
            : Parsed<DateOnly>.Invalid(DigestTexts.DateInvalid);

    /// <summary>What the audit log records when the editor confirms: a publication, or a change with what it was.</summary>
    public (AuditAction Action, string? Details) AuditOf(Digest digest) =>
        digest.Status == DigestStatus.Published && !Correcting ? (AuditAction.DigestPublished, null)
        : (AuditAction.DigestChanged, Correcting ? DigestAudit.Corrected
            : digest.Status == DigestStatus.Scheduled ? DigestAudit.Scheduled
            : DigestId is null ? DigestAudit.Draft : DigestAudit.Edited);

    /// <summary>Publishes, schedules or keeps <paramref name="digest"/> as a draft, as chosen.</summary>
    public void ApplyMode(Digest digest, DateTime now)
    {
        switch (Mode)
        {
            case PublishMode.Now:
                digest.Publish(now);
                break;
            case PublishMode.Later:
                digest.Schedule(PublishUtc!.Value, now);
                break;
            case PublishMode.Draft when digest.Status == DigestStatus.Scheduled:
                digest.Unschedule(now);
                break;
        }
    }
}

/// <summary>What happens to a new or changed digest when the editor confirms it.</summary>
internal enum PublishMode
{
    /// <summary>Published at once and sent to "at once" subscribers.</summary>
    Now,

    /// <summary>Published at a set time.</summary>
    Later,

    /// <summary>Kept as a draft.</summary>
    Draft,
}
