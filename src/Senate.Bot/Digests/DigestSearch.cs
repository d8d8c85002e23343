using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Senate.Bot.Domain.Digests;
using Senate.Bot.Domain.Texts;

namespace Senate.Bot.Digests;

/// <summary>
/// The archive's keyword search, with Lucene.Net. Each published digest is one Lucene document with a field per
/// language: Russian analysed by Lucene's <see cref="RussianAnalyzer"/> and English by its <see cref="EnglishAnalyzer"/>
/// (Snowball stemmers, stop words), Kazakh by <see cref="KazakhAnalyzer"/>. A query must match all its words in
/// one language. A word matches its own form exactly (scored higher) or any indexed word starting with its stem:
/// for Russian and English the stemmer's stem (of four letters or more, so "Атырау" also finds "Атырауской"); for
/// Kazakh, which has no stemmer, a guess at the stem: the word itself when it has three or four letters ("өзен" finds
/// "өзенінің"), else the word cut to half its length but at least four letters ("өзенінің" → "өзен", "облысының" →
/// "облыс"). The guess misses stems shorter than half the word ("жастармен" → "жаста", not "жас") and stems that
/// change before a suffix ("ауасы" from "ауа"), and it can also match an unrelated word with the same beginning;
/// ranking puts the exact form first.
/// <para>
/// The index is derived data, kept in memory (<see cref="RAMDirectory"/>): rebuilt from the store at start-up and
/// updated after each commit that saves a digest, so it cannot disagree with the database after a crash and needs no
/// files, locks or repair of its own. The price is the rebuild: for 2,000 digests of 2,000 characters in each of the
/// three languages, about 0.2 s to read them on the writer thread and 1.1–3 s of Lucene analysis off it (measured on
/// two cores, the longer time before the JIT has warmed up). Thread-safe.
/// </para>
/// </summary>
public sealed class DigestSearch : IDigestSearch, IDisposable
{
    private const string IdField = "id";
    private const string RegionField = "region";
    private const string DateField = "date";
    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly RAMDirectory _directory = new();
    private readonly Analyzer _analyzer;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly System.Threading.Lock _gate = new();
    private List<Digest>? _heldBack;

    /// <summary>Creates an empty index.</summary>
    public DigestSearch()
    {
        _analyzer = new PerFieldAnalyzerWrapper(new KazakhAnalyzer(), new Dictionary<string, Analyzer>
        {
            [FieldOf(Language.Kk)] = new KazakhAnalyzer(),
            [FieldOf(Language.Ru)] = new RussianAnalyzer(Version),
            [FieldOf(Language.En)] = new EnglishAnalyzer(Version),
        });
        _writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer) { OpenMode = OpenMode.CREATE });
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
    }

    /// <summary>
    /// Starts a rebuild from a snapshot of the store: from now until <see cref="CompleteRebuild"/>, digests passed to
    /// <see cref="Index"/> are held back and applied after the snapshot, in order. Call it in the unit of work that
    /// reads the snapshot, so every save committed after that read is held back and none is lost or undone.
    /// </summary>
    public void BeginRebuild()
    {
        lock (_gate)
        {
            _heldBack = [];
        }
    }

    /// <summary>
    /// Replaces the whole index with <paramref name="snapshot"/> (digests not published are left out), then applies
    /// what was held back since <see cref="BeginRebuild"/>. Meant to run off the database writer's thread: searches
    /// meanwhile see the index as it was. One rebuild at a time.
    /// </summary>
    /// <returns>How many published digests the snapshot had.</returns>
    public int CompleteRebuild(IEnumerable<Digest> snapshot)
    {
        _writer.DeleteAll();
        var count = 0;
        foreach (var digest in snapshot.Where(d => d.Status == DigestStatus.Published))
        {
            _writer.AddDocument(ToDocument(digest));
            count++;
        }

        lock (_gate)
        {
            foreach (var digest in _heldBack ?? [])
            {
                Apply(digest);
            }

            _heldBack = null;
        }

        _searchers.MaybeRefreshBlocking();
        return count;
    }

    /// <summary>Indexes a saved digest: added or replaced when published, removed otherwise (held back during a rebuild).</summary>
    public void Index(Digest digest)
    {
        lock (_gate)
        {
            if (_heldBack is not null)
            {
                _heldBack.Add(digest);
                return;
            }

            Apply(digest);
        }

        _searchers.MaybeRefreshBlocking();
    }

    /// <inheritdoc />
    public IReadOnlyList<long> Search(string query, string? regionId = null, int max = 50)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var anyLanguage = new BooleanQuery();
        foreach (var language in Languages.All)
        {
            var field = FieldOf(language);
            var words = Words(field, query);
            if (words.Count == 0)
            {
                continue;
            }

            var allWords = new BooleanQuery();
            foreach (var word in words)
            {
                allWords.Add(WordQuery(field, word, language), Occur.MUST);
            }

            anyLanguage.Add(allWords, Occur.SHOULD);
        }

        if (anyLanguage.Clauses.Count == 0)
        {
            return [];
        }

        var filter = regionId is null ? null : new QueryWrapperFilter(new TermQuery(new Term(RegionField, regionId)));
        var sort = new Sort(SortField.FIELD_SCORE, new SortField(DateField, SortFieldType.INT64, reverse: true));
        var searcher = _searchers.Acquire();
        try
        {
            var hits = searcher.Search(anyLanguage, filter, max, sort);
            return [.. hits.ScoreDocs.Select(hit => long.Parse(searcher.Doc(hit.Doc).Get(IdField), CultureInfo.InvariantCulture))];
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }

    private void Apply(Digest digest)
    {
        var id = new Term(IdField, Id(digest.Id));
        if (digest.Status == DigestStatus.Published)
        {
            _writer.UpdateDocument(id, ToDocument(digest));
        }
        else
        {
            _writer.DeleteDocuments(id);
        }
    }

    /// <summary>
    /// A word's query: its exact form, boosted, or any word starting with its stem. <paramref name="word"/> is what
    /// the field's analyzer made of it (a Snowball stem for Russian and English, the folded word for Kazakh).
    /// </summary>
    private static Query WordQuery(string field, string word, Language language)
    {
        var stem = language == Language.Kk ? word[..Math.Min(word.Length, Math.Max(4, (word.Length + 1) / 2))] : word;
        if (stem.Length < 3 || (language != Language.Kk && stem.Length < 4))
        {
            return new TermQuery(new Term(field, word));
        }

        return new BooleanQuery
        {
            { new TermQuery(new Term(field, word)) { Boost = 2 }, Occur.SHOULD },
            { new PrefixQuery(new Term(field, stem)), Occur.SHOULD },
        };
    }

    private static Document ToDocument(Digest digest)
    {
        var document = new Document
        {
            new StringField(IdField, Id(digest.Id), Field.Store.YES),
            new NumericDocValuesField(DateField, digest.Content.MeetingDate.DayNumber),
        };
        foreach (var region in digest.Content.RegionIds)
        {
            document.Add(new StringField(RegionField, region, Field.Store.NO));
        }

        foreach (var version in digest.Content.Versions)
        {
            document.Add(new TextField(FieldOf(version.Language), version.Title + "\n" + version.Text.Text, Field.Store.NO));
        }

        return document;
    }

    private List<string> Words(string field, string text)
    {
        var words = new List<string>();
        using var stream = _analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(term.ToString());
        }

        stream.End();
        return words;
    }

    private static string FieldOf(Language language) => language.Code();

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
