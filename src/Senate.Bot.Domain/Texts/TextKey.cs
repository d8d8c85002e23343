using System.Collections.Concurrent;
using System.Reflection;

namespace Senate.Bot.Domain.Texts;

/// <summary>
/// The name of a text in the catalog. Keys are declared as static fields of the <c>*Texts</c> classes of each
/// feature, so a flow can only refer to texts that the catalog test checks in all three languages.
/// </summary>
public sealed record TextKey
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Shapes = new();

    internal TextKey(string name) => Name = name;

    /// <summary>The catalog key, e.g. <c>common.cancelled</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// The text with named arguments given as an anonymous object: <c>Receipt.With(new { number, due })</c> fills
    /// <c>{number}</c> and <c>{due:dd.MM.yyyy}</c> (names match case-insensitively).
    /// </summary>
    public Text With(object arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var properties = Shapes.GetOrAdd(arguments.GetType(), static type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance));
        var values = new TextArgument[properties.Length];
        for (var i = 0; i < properties.Length; i++)
        {
            values[i] = new TextArgument(properties[i].Name, properties[i].GetValue(arguments));
        }

        return new CatalogText(this, values);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
