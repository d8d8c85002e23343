namespace Senate.Bot.Domain.Texts;

/// <summary>
/// The name of a text in the catalog. Keys are declared as static fields of the <c>*Texts</c> classes of each
/// feature, so a flow can only refer to texts that the catalog test checks in all three languages.
/// </summary>
public sealed record TextKey
{
    internal TextKey(string name) => Name = name;

    /// <summary>The catalog key, e.g. <c>common.cancelled</c>.</summary>
    public string Name { get; }

    /// <summary>A text made of this key and arguments.</summary>
    public Text With(params object[] args) => new(this, args);

    /// <summary>A text with no arguments.</summary>
    public static implicit operator Text(TextKey key) => new(key, []);

    /// <inheritdoc />
    public override string ToString() => Name;
}
