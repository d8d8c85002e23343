namespace Senate.Bot.Domain.Youth;

/// <summary>The stores the youth feature works with, all bound to the host's current transaction.</summary>
/// <param name="Events">Events.</param>
/// <param name="Registrations">Registrations.</param>
/// <param name="Profiles">Participants' remembered details.</param>
public sealed record YouthStores(IYouthEventStore Events, IRegistrationStore Registrations, IParticipantProfileStore Profiles);
