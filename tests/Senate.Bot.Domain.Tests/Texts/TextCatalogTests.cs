using System.Text.RegularExpressions;
using Senate.Bot.Domain.Conversations;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Domain.Tests.Texts;

public sealed partial class TextCatalogTests
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");

    [Fact]
    public void EveryDeclaredKey_HasATemplateInEveryLanguage()
    {
        var missing = TextCatalog.DeclaredKeys(typeof(TextCatalog).Assembly)
            .SelectMany(k => Languages.All.Where(l => !TextCatalog.Default.LanguagesOf(k.Name).Contains(l)).Select(l => $"{k.Name}/{l.Code()}"))
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void EveryCatalogEntry_IsDeclaredAndComplete()
    {
        var declared = TextCatalog.DeclaredKeys(typeof(TextCatalog).Assembly).Select(k => k.Name).ToHashSet();

        Assert.DoesNotContain(TextCatalog.Default.Keys, k => !declared.Contains(k));
        Assert.DoesNotContain(TextCatalog.Default.Keys, k => TextCatalog.Default.LanguagesOf(k).Count != 3);
    }

    [Fact]
    public void EveryTemplate_UsesTheSamePlaceholdersInAllLanguages()
    {
        var mismatched = TextCatalog.DeclaredKeys(typeof(TextCatalog).Assembly)
            .Where(k => Languages.All.Select(l => string.Join(',', Placeholders(TextCatalog.Default.Template(k, l)))).Distinct().Count() > 1)
            .Select(k => k.Name)
            .ToList();

        Assert.Empty(mismatched);
    }

    [Fact]
    public void EveryPlaceholder_IsANameNotAPosition()
    {
        var positional = TextCatalog.DeclaredKeys(typeof(TextCatalog).Assembly)
            .Where(k => Languages.All.Any(l => PositionalPattern().IsMatch(TextCatalog.Default.Template(k, l))))
            .Select(k => k.Name)
            .ToList();

        Assert.Empty(positional);
    }

    [Fact]
    public void EveryCallSite_GivesExactlyTheNamesItsTemplateUses()
    {
        var keys = TextCatalog.DeclaredKeys(typeof(TextCatalog).Assembly).ToDictionary(k => k.Name);
        var declared = DeclaredFields();
        var problems = new List<string>();
        foreach (var (file, line, owner, field, names) in CallSites())
        {
            if (!declared.TryGetValue((owner, field), out var name))
            {
                problems.Add($"{file}:{line}: {owner}.{field} is not a declared text.");
                continue;
            }

            var wanted = Languages.All.SelectMany(l => TextCatalog.Default.Placeholders(keys[name], l)).Select(n => n.ToLowerInvariant()).ToHashSet();
            if (!wanted.SetEquals(names))
            {
                problems.Add($"{file}:{line}: {name} is given [{string.Join(", ", names.Order())}] but uses [{string.Join(", ", wanted.Order())}].");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Render_EscapesUserDataButKeepsTheTemplatesMarkup()
    {
        var text = CommonTexts.TextTooLong.With(new { length = "<b>x</b>", max = "a & b" });

        Assert.Equal("The text is too long (&lt;b&gt;x&lt;/b&gt; characters); the limit is a &amp; b. Please shorten it and send it again.", TextCatalog.Default.Render(text, Language.En, Zone));
    }

    [Fact]
    public void Render_JoinsPiecesInCode_AndLeavesOutEmptyOnes()
    {
        var text = Text.Lines(Text.Plain("a < b"), Text.Empty, null, Text.Paragraphs(CommonTexts.Yes, CommonTexts.No));

        Assert.Equal("a &lt; b\nYes\n\nNo", TextCatalog.Default.Render(text, Language.En, Zone));
        Assert.True(Text.Paragraphs(Text.Empty, null).IsEmpty);
    }

    [Fact]
    public void Render_MarkupMadeByTheBot_IsKept_WhilePlainDataIsEscaped()
    {
        var text = Text.Lines(Text.Markup("<b>Жайык</b> &amp; Атырау"), Text.Plain("<b>not bold</b>"));

        Assert.Equal("<b>Жайык</b> &amp; Атырау\n&lt;b&gt;not bold&lt;/b&gt;", TextCatalog.Default.Render(text, Language.Ru, Zone));
    }

    [Fact]
    public void Render_AMissingArgument_Throws()
    {
        Assert.Throws<FormatException>(() => TextCatalog.Default.Render(CommonTexts.TextTooLong.With(new { length = 3 }), Language.En, Zone));
    }

    [Fact]
    public void Render_ShowsUtcMomentsInTheConfiguredZoneAndLanguage()
    {
        var moment = new DateTimeOffset(2026, 3, 21, 20, 30, 0, TimeSpan.Zero);

        Assert.Equal("22.03.2026 01:30", TextCatalog.Default.Render(CommonTexts.DateTime.With(new { value = moment }), Language.Ru, Zone));
        Assert.Equal("22 March 2026, 01:30", TextCatalog.Default.Render(CommonTexts.DateTime.With(new { value = moment }), Language.En, Zone));
    }

    [Fact]
    public void Render_AFixedLanguagePiece_StaysInItsLanguage()
    {
        var text = CommonTexts.SettingsLanguage.With(new { language = Text.In(Language.Kk, CommonTexts.LanguageName) });

        Assert.Equal("🌐 Language: Қазақша", TextCatalog.Default.Render(text, Language.En, Zone));
    }

    [Fact]
    public void FromJson_RefusesADuplicateKeyAndAnUnknownLanguage()
    {
        Assert.Throws<InvalidDataException>(() => TextCatalog.FromJson([("a", """{"k":{"ru":"x"}}"""), ("b", """{"k":{"ru":"y"}}""")]));
        Assert.Throws<InvalidDataException>(() => TextCatalog.FromJson([("a", """{"k":{"de":"x"}}""")]));
    }

    [Fact]
    public void Flows_UseNoLiteralUserVisibleText()
    {
        var root = RepositoryRoot();
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || file.Contains($"{Path.DirectorySeparatorChar}Senate.Bot.LocalBotApi{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || file.EndsWith($"{Path.DirectorySeparatorChar}Readiness.cs", StringComparison.Ordinal)) // /readyz answers monitoring, in English, like the logs
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (IsDiagnostic(line) || line.TrimStart().StartsWith("///", StringComparison.Ordinal) || line.TrimStart().StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (Match literal in StringLiteral().Matches(line))
                {
                    var value = literal.Groups[1].Value;
                    if (Cyrillic().IsMatch(value) || Prose().IsMatch(value))
                    {
                        offenders.Add($"{Path.GetRelativePath(root, file)}:{i + 1}: {value}");
                    }
                }
            }
        }

        Assert.True(offenders.Count == 0, "Literal texts (move them to a *.texts.json catalog):\n" + string.Join('\n', offenders));
    }

    private static bool IsDiagnostic(string line) =>
        line.Contains("Exception(", StringComparison.Ordinal)
        || line.Contains("LoggerMessage", StringComparison.Ordinal)
        || line.Contains("ErrorMessage", StringComparison.Ordinal)
        || line.Contains("Console.", StringComparison.Ordinal)
        || line.Contains(".Validate(", StringComparison.Ordinal)
        || line.Contains("meter.Create", StringComparison.Ordinal) // metric descriptions, for operators
        || line.Contains(".Message.Contains(", StringComparison.Ordinal); // matching Telegram's error descriptions

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Senate.Bot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("Repository root not found.");
    }

    private static IEnumerable<string> Placeholders(string template) =>
        PlaceholderPattern().Matches(template).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal);

    /// <summary>Every <c>XxxTexts.Field</c> declared in the domain's sources, by its class and field name.</summary>
    private static Dictionary<(string Owner, string Field), string> DeclaredFields()
    {
        var fields = new Dictionary<(string, string), string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src"), "*Texts.cs", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            var owner = ClassPattern().Match(text).Groups[1].Value;
            foreach (Match field in DeclarationPattern().Matches(text))
            {
                fields[(owner, field.Groups[1].Value)] = field.Groups[2].Value;
            }
        }

        return fields;
    }

    /// <summary>
    /// Every <c>XxxTexts.Field.With(new { … })</c> in the sources and the names its anonymous object gives (a member
    /// named <c>name = …</c>, or projected as <c>x.Name</c>), compared case-insensitively with the template's.
    /// </summary>
    private static IEnumerable<(string File, int Line, string Owner, string Field, HashSet<string> Names)> CallSites()
    {
        var root = RepositoryRoot();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            foreach (Match call in CallPattern().Matches(text))
            {
                var members = TopLevelMembers(text, call.Index + call.Length);
                var names = members.Select(m => MemberName().Match(m) is { Success: true } named ? named.Groups[1].Value : LastIdentifier().Match(m).Value)
                    .Select(n => n.ToLowerInvariant())
                    .ToHashSet();
                yield return (Path.GetRelativePath(root, file), text[..call.Index].Count(c => c == '\n') + 1, call.Groups[1].Value, call.Groups[2].Value, names);
            }
        }
    }

    /// <summary>The members of the anonymous object whose body starts at <paramref name="start"/>, split at its top-level commas.</summary>
    private static List<string> TopLevelMembers(string text, int start)
    {
        var members = new List<string>();
        var depth = 1;
        var inString = false;
        var current = new System.Text.StringBuilder();
        for (var i = start; i < text.Length && depth > 0; i++)
        {
            var c = text[i];
            if (c == '"' && text[i - 1] != '\\')
            {
                inString = !inString;
            }
            else if (!inString && c is '(' or '{' or '[')
            {
                depth++;
            }
            else if (!inString && c is ')' or '}' or ']')
            {
                depth--;
            }
            else if (!inString && c == ',' && depth == 1)
            {
                members.Add(current.ToString());
                current.Clear();
                continue;
            }

            if (depth > 0)
            {
                current.Append(c);
            }
        }

        if (current.ToString().Trim().Length > 0)
        {
            members.Add(current.ToString());
        }

        return members;
    }

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}")]
    private static partial Regex PositionalPattern();

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)(?::[^}]*)?\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"(\w+Texts)\.(\w+)\.With\(new\s*\{")]
    private static partial Regex CallPattern();

    [GeneratedRegex(@"class (\w+Texts)")]
    private static partial Regex ClassPattern();

    [GeneratedRegex("TextKey (\\w+) = new\\(\"([^\"]+)\"\\)")]
    private static partial Regex DeclarationPattern();

    [GeneratedRegex(@"^\s*@?(\w+)\s*=(?!=)")]
    private static partial Regex MemberName();

    [GeneratedRegex(@"\w+(?=\W*$)")]
    private static partial Regex LastIdentifier();

    [GeneratedRegex("\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex("[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")]
    private static partial Regex Cyrillic();

    [GeneratedRegex(@"[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}")]
    private static partial Regex Prose();
}
