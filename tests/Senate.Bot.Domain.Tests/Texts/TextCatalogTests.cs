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
    public void Render_EscapesUserDataButKeepsTheTemplatesMarkup()
    {
        var text = CommonTexts.HelpCommandLine.With("<b>x</b>", "a & b");

        Assert.Equal("\n/&lt;b&gt;x&lt;/b&gt; — a &amp; b", TextCatalog.Default.Render(text, Language.En, Zone));
    }

    [Fact]
    public void Render_ShowsUtcMomentsInTheConfiguredZoneAndLanguage()
    {
        var moment = new DateTimeOffset(2026, 3, 21, 20, 30, 0, TimeSpan.Zero);

        Assert.Equal("22.03.2026 01:30", TextCatalog.Default.Render(CommonTexts.DateTime.With(moment), Language.Ru, Zone));
        Assert.Equal("22 March 2026, 01:30", TextCatalog.Default.Render(CommonTexts.DateTime.With(moment), Language.En, Zone));
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
                || file.Contains($"{Path.DirectorySeparatorChar}Senate.Bot.LocalBotApi{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
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

    [GeneratedRegex(@"\{(\d+)[^}]*\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex("\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex("[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")]
    private static partial Regex Cyrillic();

    [GeneratedRegex(@"[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}")]
    private static partial Regex Prose();
}
