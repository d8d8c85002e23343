namespace Senate.Bot.Tests.Storage;

/// <summary>A document the storage tests write and read back.</summary>
internal sealed class Note
{
    public int Id { get; set; }

    public string Text { get; set; } = string.Empty;
}
