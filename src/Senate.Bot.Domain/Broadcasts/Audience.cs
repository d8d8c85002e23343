using System.Text.Json.Serialization;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Broadcasts;

/// <summary>
/// Who a broadcast goes to: everyone the bot may write to, narrowed by any of these, each one a condition all
/// recipients meet (a region and a programme: that programme's participants in that region). Within a condition any of
/// its values will do (two regions: people of either). A person's region is the one rule of
/// <see cref="AudienceResolver.RegionOf"/>. A plain value kept in drafts and broadcasts.
/// </summary>
public sealed class Audience
{
    /// <summary>People whose region is one of these; empty: any region.</summary>
    public List<string> RegionIds { get; set; } = [];

    /// <summary>Participants of this programme's events (registered and not cancelled, or checked in); null: anyone.</summary>
    public string? ProgrammeId { get; set; }

    /// <summary>Registrants of this event (with <see cref="EventStatuses"/>); null: anyone.</summary>
    public long? EventId { get; set; }

    /// <summary>Which of the event's registrants; empty: confirmed, waitlisted and checked in alike.</summary>
    public List<AttendeeStatus> EventStatuses { get; set; } = [];

    /// <summary>People who read one of these languages; empty: any language.</summary>
    public List<Language> Languages { get; set; } = [];

    /// <summary>True when nothing narrows it: everyone the bot may write to.</summary>
    [JsonIgnore]
    public bool IsEveryone => RegionIds.Count == 0 && ProgrammeId is null && EventId is null && Languages.Count == 0;

    /// <summary>A copy (drafts and broadcasts do not share lists).</summary>
    public Audience Copy() => new()
    {
        RegionIds = [.. RegionIds],
        ProgrammeId = ProgrammeId,
        EventId = EventId,
        EventStatuses = [.. EventStatuses],
        Languages = [.. Languages],
    };
}
