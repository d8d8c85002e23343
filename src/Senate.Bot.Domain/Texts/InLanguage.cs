namespace Senate.Bot.Domain.Texts;

/// <summary>An argument rendered in a fixed language whatever the reader's, e.g. a language's own name.</summary>
public sealed record InLanguage(Text Text, Language Language);
