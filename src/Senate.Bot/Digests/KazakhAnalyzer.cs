using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Senate.Bot.Digests;

/// <summary>
/// Lucene analysis for Kazakh, which has no stemmer in Lucene (nor a Snowball one). Built from Lucene's parts: a
/// <see cref="MappingCharFilter"/> folds the nine Kazakh letters to their nearest Russian ones (ә→а, ғ→г, қ→к, ң→н,
/// ө→о, ұ→у, ү→у, һ→х, і→и) so a word typed on a Russian keyboard ("озен") finds "өзен"; then the standard tokenizer,
/// lower case, and a <see cref="StopFilter"/> with the conjunctions, particles, postpositions and pronouns of
/// <c>kazakh-stopwords.txt</c>. Word forms are handled by the query (<see cref="DigestSearch"/>): Kazakh adds only
/// suffixes, so a stem is a prefix of all its forms.
/// </summary>
internal sealed class KazakhAnalyzer : Analyzer
{
    private const string StopWordsResource = "Senate.Bot.Digests.kazakh-stopwords.txt";
    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>The Kazakh letters (and ё) and the Russian letters they fold to, lower and upper case.</summary>
    private static readonly (char Kazakh, char Folded)[] Letters =
    [
        ('ә', 'а'), ('ғ', 'г'), ('қ', 'к'), ('ң', 'н'), ('ө', 'о'), ('ұ', 'у'), ('ү', 'у'), ('һ', 'х'), ('і', 'и'), ('ё', 'е'),
        ('Ә', 'А'), ('Ғ', 'Г'), ('Қ', 'К'), ('Ң', 'Н'), ('Ө', 'О'), ('Ұ', 'У'), ('Ү', 'У'), ('Һ', 'Х'), ('І', 'И'), ('Ё', 'Е'),
    ];

    private static readonly NormalizeCharMap FoldMap = BuildFoldMap();
    private static readonly CharArraySet StopWords = LoadStopWords();

    /// <summary>A text with the Kazakh letters folded, as the index holds it (before lower-casing).</summary>
    private static string Fold(string text)
    {
        foreach (var (kazakh, folded) in Letters)
        {
            text = text.Replace(kazakh, folded);
        }

        return text;
    }

    /// <inheritdoc />
    protected override TextReader InitReader(string fieldName, TextReader reader) => new MappingCharFilter(FoldMap, reader);

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new StopFilter(Version, stream, StopWords);
        return new TokenStreamComponents(tokenizer, stream);
    }

    private static NormalizeCharMap BuildFoldMap()
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var (kazakh, folded) in Letters)
        {
            builder.Add(kazakh.ToString(), folded.ToString());
        }

        return builder.Build();
    }

    /// <summary>The stop words of <c>kazakh-stopwords.txt</c> (embedded beside this file), folded like the text.</summary>
    private static CharArraySet LoadStopWords()
    {
        using var stream = typeof(KazakhAnalyzer).Assembly.GetManifestResourceStream(StopWordsResource)
            ?? throw new InvalidOperationException($"The resource {StopWordsResource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return WordlistLoader.GetWordSet(new StringReader(Fold(reader.ReadToEnd())), "#", Version);
    }
}
