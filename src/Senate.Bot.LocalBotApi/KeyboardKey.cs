namespace Senate.Bot.LocalBotApi;

/// <summary>A key of a reply keyboard (the keyboard that replaces the phone's own).</summary>
/// <param name="Text">The visible label, sent as a text message when pressed.</param>
/// <param name="RequestContact">Pressing it shares the user's own phone number.</param>
/// <param name="RequestLocation">Pressing it shares the user's location.</param>
public sealed record KeyboardKey(string Text, bool RequestContact, bool RequestLocation);
