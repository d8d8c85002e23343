namespace Senate.Bot.Domain.Users;

/// <summary>A user's own phone number and name, as Telegram's contact button shares them.</summary>
/// <param name="Phone">The number, formatted (see <see cref="PhoneNumbers.Format"/>).</param>
/// <param name="Name">The first and last name on the contact.</param>
public sealed record SharedPhone(string Phone, string Name);
