using Stateless;

namespace Senate.Bot.Domain.Digests;

/// <summary>
/// A digest of a senators' meeting: its <see cref="Content"/> and its life. Draft → Scheduled → Published, or
/// Draft → Published; a scheduled digest can go back to draft; a published one can be corrected (each correction
/// recorded) and withdrawn; drafts and scheduled ones can be withdrawn (discarded). The moves are one Stateless
/// machine over <see cref="Status"/>; a move that is not allowed throws <see cref="InvalidOperationException"/>.
/// A plain entity otherwise, stored as it is: times are UTC, the caller passes "now". Not thread-safe.
/// </summary>
public sealed class Digest
{
    /// <summary>Store id, assigned on insert; used in button data and deep links (<c>digest_&lt;id&gt;</c>).</summary>
    public long Id { get; set; }

    /// <summary>The key of the seed file it was imported from, or null when staff wrote it in the bot.</summary>
    public string? SeedKey { get; set; }

    /// <summary>
    /// <see cref="DigestContent.Fingerprint"/> of the content as last imported from its seed file. When the content
    /// no longer has it, staff have changed the digest, and a changed seed file must not overwrite their work.
    /// </summary>
    public string? SeedFingerprint { get; set; }

    /// <summary>What readers see.</summary>
    public DigestContent Content { get; set; } = new();

    /// <summary>Where it is in its life.</summary>
    public DigestStatus Status { get; set; }

    /// <summary>When a scheduled digest is to be published (kept after publishing, for the record).</summary>
    public DateTime? ScheduledUtc { get; set; }

    /// <summary>When it was published; for a seeded digest, the start of its meeting day in Astana.</summary>
    public DateTime? PublishedUtc { get; set; }

    /// <summary>Whether it has gone to the subscribers who chose "at once".</summary>
    public DigestDelivery Delivery { get; set; }

    /// <summary>When it was handed to the delivery engine for them.</summary>
    public DateTime? DeliveredUtc { get; set; }

    /// <summary>When it was withdrawn.</summary>
    public DateTime? WithdrawnUtc { get; set; }

    /// <summary>Who withdrew it (Telegram user id).</summary>
    public long? WithdrawnBy { get; set; }

    /// <summary>The Telegram user id of the member of staff who wrote it; 0 for a seeded digest.</summary>
    public long CreatedBy { get; set; }

    /// <summary>When it was created (for a seeded digest: first imported).</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>When anything last changed.</summary>
    public DateTime UpdatedUtc { get; set; }

    /// <summary>The corrections made after publishing, oldest first.</summary>
    public List<DigestCorrection> Corrections { get; set; } = [];

    /// <summary>A new draft written by a member of staff.</summary>
    public static Digest NewDraft(DigestContent content, long createdBy, DateTime nowUtc) => new()
    {
        Content = content,
        Status = DigestStatus.Draft,
        CreatedBy = createdBy,
        CreatedUtc = nowUtc,
        UpdatedUtc = nowUtc,
    };

    /// <summary>
    /// A digest imported from a seed file: published as of <paramref name="publishedUtc"/> and history, so
    /// <see cref="Delivery"/> is <see cref="DigestDelivery.Never"/> and no subscriber is sent it.
    /// </summary>
    /// <exception cref="ArgumentException">The content has <see cref="DigestContent.Problems"/>.</exception>
    public static Digest FromSeed(string seedKey, DigestContent content, DateTime publishedUtc, DateTime nowUtc)
    {
        EnsureComplete(content);
        return new()
        {
            SeedKey = seedKey,
            SeedFingerprint = content.Fingerprint(),
            Content = content,
            Status = DigestStatus.Published,
            PublishedUtc = publishedUtc,
            Delivery = DigestDelivery.Never,
            CreatedUtc = nowUtc,
            UpdatedUtc = nowUtc,
        };
    }

    /// <summary>True when staff changed a seeded digest in the bot (its content, or its status by withdrawing it).</summary>
    public bool ChangedSinceSeed() =>
        SeedKey is not null && (Status != DigestStatus.Published || !Content.HasFingerprint(SeedFingerprint));

    /// <summary>
    /// Rewrites a seed fingerprint of the SHA-256 kind (a database made before <see cref="DigestContent.Fingerprint"/>
    /// became XXH128) as the current kind when the content still has it; true when it did. A digest staff have changed
    /// keeps the old kind, which still tells the change (<see cref="DigestContent.HasFingerprint"/>).
    /// </summary>
    public bool UpgradeSeedFingerprint()
    {
        if (!DigestContent.IsLegacyFingerprint(SeedFingerprint) || !Content.HasFingerprint(SeedFingerprint))
        {
            return false;
        }

        SeedFingerprint = Content.Fingerprint();
        return true;
    }

    /// <summary>When it was last corrected, or null.</summary>
    public DateTime? LastCorrectedUtc() => Corrections.Count == 0 ? null : Corrections[^1].AtUtc;

    /// <summary>True if the action is possible in the current status.</summary>
    public bool Can(DigestAction action) => Lifecycle().CanFire(action);

    /// <summary>Replaces the content of a draft or scheduled digest.</summary>
    public void Edit(DigestContent content, DateTime nowUtc)
    {
        Lifecycle().Fire(DigestAction.Edit);
        Content = content;
        UpdatedUtc = nowUtc;
    }

    /// <summary>Sets the time a draft (or an already scheduled digest) is published.</summary>
    /// <exception cref="ArgumentException">The time is not in the future, or the content has problems.</exception>
    public void Schedule(DateTime atUtc, DateTime nowUtc)
    {
        if (atUtc <= nowUtc)
        {
            throw new ArgumentException("A digest is scheduled for a time in the future.", nameof(atUtc));
        }

        EnsureComplete(Content);
        Lifecycle().Fire(DigestAction.Schedule);
        ScheduledUtc = atUtc;
        UpdatedUtc = nowUtc;
    }

    /// <summary>Turns a scheduled digest back into a draft.</summary>
    public void Unschedule(DateTime nowUtc)
    {
        Lifecycle().Fire(DigestAction.Unschedule);
        ScheduledUtc = null;
        UpdatedUtc = nowUtc;
    }

    /// <summary>Publishes a draft or a scheduled digest now; its delivery becomes due.</summary>
    /// <exception cref="ArgumentException">The content has problems.</exception>
    public void Publish(DateTime nowUtc)
    {
        EnsureComplete(Content);
        Lifecycle().Fire(DigestAction.Publish);
        PublishedUtc = nowUtc;
        Delivery = DigestDelivery.Pending;
        UpdatedUtc = nowUtc;
    }

    /// <summary>
    /// Corrects a published digest: replaces the content and records what changed, by whom and why. Nothing is
    /// recorded when the new content is the same.
    /// </summary>
    /// <returns>The correction, or null when nothing changed.</returns>
    /// <exception cref="ArgumentException">The new content has problems.</exception>
    public DigestCorrection? Correct(DigestContent content, long by, DateTime nowUtc, string? note = null)
    {
        EnsureComplete(content);
        Lifecycle().Fire(DigestAction.Correct);
        var changes = content.ChangesFrom(Content);
        if (changes == DigestChanges.None)
        {
            return null;
        }

        var correction = new DigestCorrection(nowUtc, by, changes, note);
        Corrections.Add(correction);
        Content = content;
        UpdatedUtc = nowUtc;
        return correction;
    }

    /// <summary>Takes a digest out of the archive, or discards a draft or a scheduled one.</summary>
    public void Withdraw(long by, DateTime nowUtc)
    {
        Lifecycle().Fire(DigestAction.Withdraw);
        WithdrawnUtc = nowUtc;
        WithdrawnBy = by;
        UpdatedUtc = nowUtc;
    }

    /// <summary>Records that the digest was handed to the delivery engine for the subscribers who chose "at once".</summary>
    /// <exception cref="InvalidOperationException">It is not published, or its delivery is not pending.</exception>
    public void MarkDelivered(DateTime nowUtc)
    {
        if (Status != DigestStatus.Published || Delivery != DigestDelivery.Pending)
        {
            throw new InvalidOperationException($"Digest {Id} is not waiting to be delivered ({Status}, {Delivery}).");
        }

        Delivery = DigestDelivery.Delivered;
        DeliveredUtc = nowUtc;
        UpdatedUtc = nowUtc;
    }

    /// <summary>Updates a seeded digest from its changed seed file (only while staff have not changed it).</summary>
    /// <exception cref="InvalidOperationException">Staff have changed it, or it was not seeded.</exception>
    public void Reseed(DigestContent content, DateTime publishedUtc, DateTime nowUtc)
    {
        if (SeedKey is null || ChangedSinceSeed())
        {
            throw new InvalidOperationException($"Digest {Id} is not an unchanged seeded digest.");
        }

        EnsureComplete(content);
        Content = content;
        SeedFingerprint = content.Fingerprint();
        PublishedUtc = publishedUtc;
        UpdatedUtc = nowUtc;
    }

    private static void EnsureComplete(DigestContent content)
    {
        if (content.Problems() is [_, ..] problems)
        {
            throw new ArgumentException("The digest cannot be published: " + string.Join(", ", problems) + ".", nameof(content));
        }
    }

    private StateMachine<DigestStatus, DigestAction> Lifecycle()
    {
        var machine = new StateMachine<DigestStatus, DigestAction>(() => Status, s => Status = s);
        machine.Configure(DigestStatus.Draft)
            .PermitReentry(DigestAction.Edit)
            .Permit(DigestAction.Schedule, DigestStatus.Scheduled)
            .Permit(DigestAction.Publish, DigestStatus.Published)
            .Permit(DigestAction.Withdraw, DigestStatus.Withdrawn);
        machine.Configure(DigestStatus.Scheduled)
            .PermitReentry(DigestAction.Edit)
            .PermitReentry(DigestAction.Schedule)
            .Permit(DigestAction.Unschedule, DigestStatus.Draft)
            .Permit(DigestAction.Publish, DigestStatus.Published)
            .Permit(DigestAction.Withdraw, DigestStatus.Withdrawn);
        machine.Configure(DigestStatus.Published)
            .PermitReentry(DigestAction.Correct)
            .Permit(DigestAction.Withdraw, DigestStatus.Withdrawn);
        machine.Configure(DigestStatus.Withdrawn);
        return machine;
    }
}
