
using QuoteAttribution.Lexicons;

namespace QuoteAttribution.Mentions.Names;

/// <summary>
/// A trained sequence model that finds the name inside a run of capitalised words: which words are the
/// role, party, place or description in front (<c>Capres</c>, <c>Legenda</c>, <c>PDI Perjuangan</c>), which
/// the name (<c>I Wayan Koster</c>), and which trail after it. A linear model over hashed features
/// (<see cref="NameFeatures"/>), trained as an averaged structured perceptron, decoded exactly over the
/// label automaton Role* Name+ Trailing*, or Role+ for a run that names no one (a Viterbi search; the runs
/// are short, so every start and end is scored). Immutable and thread-safe.
/// </summary>
internal sealed class NameTagger
{
    /// <summary>The file name of a trained tagger, beside the speaker ranker (<c>models/name-tagger.bin</c>).</summary>
    public const string FileName = "name-tagger.bin";

    /// <summary>Hashed feature slots (a power of two).</summary>
    public const int Slots = 1 << 15;

    /// <summary>Weights per slot: one per <see cref="NameLabel"/>, then the name-start and name-end boundary weights.</summary>
    public const int Width = 5;

    /// <summary>Runs longer than this are left to the rules.</summary>
    public const int MaxRunLength = 16;

    private const int StartWeight = 3;
    private const int EndWeight = 4;
    private const uint Magic = 0x4E544732; // "NTG2"

    private readonly float[] _weights;

    /// <summary>Wraps trained weights (<see cref="Slots"/> × <see cref="Width"/> of them).</summary>
    /// <param name="weights">The trained weights.</param>
    /// <param name="ruleMargin">How much better than the boundary rules' split the tagger's must score to replace it.</param>
    public NameTagger(float[] weights, float ruleMargin = 0)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Length != Slots * Width)
        {
            throw new ArgumentException($"a name tagger has {Slots * Width} weights, not {weights.Length}", nameof(weights));
        }

        _weights = weights;
        RuleMargin = ruleMargin;
    }

    /// <summary>
    /// How much better than the boundary rules' split (<see cref="NameRun.RuleName"/>) the tagger's best split
    /// must score to replace it: the rules stand where the tagger is unsure. Chosen by leave-one-outlet-out
    /// figures on the real training articles and saved with the weights.
    /// </summary>
    public float RuleMargin { get; }

    /// <summary>The best name span of the run, or null for a run too long to tag.</summary>
    public NameSpan? Tag(in NameRun run)
    {
        if (run.Length < 1 || run.Length > MaxRunLength)
        {
            return null;
        }

        Span<float> emissions = stackalloc float[MaxRunLength * 3];
        Span<float> starts = stackalloc float[MaxRunLength + 1];
        Span<float> ends = stackalloc float[MaxRunLength + 1];
        Score(run, emissions, starts, ends);
        var rule = run.RuleName;
        var best = Decode(run, emissions, starts, ends, constrained: true);
        // The rules' split stands where the tagger is unsure, but only where a name can start at all.
        if (best == rule || rule.Start < run.Start || rule.End > run.End || rule.IsEmpty || !CanStartName(run, rule.Start))
        {
            return best;
        }

        // Naming no one after a title, where the rules see a name ("Menteri Pertanian Rahmat Hidayat"), takes a wider
        // margin: a reader loses the person, not one word of the name.
        var margin = best.IsEmpty && rule.Start >= run.TitleEnd && run.TitleEnd > run.Start ? RuleMargin + NoOneAfterTitleMargin : RuleMargin;
        return ScoreOf(run, best, emissions, starts, ends) - ScoreOf(run, rule, emissions, starts, ends) >= margin ? best : rule;
    }

    /// <summary>
    /// What naming no one after a title that opens the run must score above the rules' name, beyond
    /// <see cref="RuleMargin"/>. Leave-one-outlet-out attribution F1 moves by 0.002 or less between 0 and 40 (the
    /// quotes that change are ranker shifts); the margin is kept for the plain "ujar Menteri Pertanian Rahmat Hidayat
    /// saat berkunjung" that the tagger alone leaves nameless.
    /// </summary>
    private const float NoOneAfterTitleMargin = 15;

    /// <summary>The score of labelling the run with <paramref name="span"/> as its name.</summary>
    private static float ScoreOf(in NameRun run, NameSpan span, ReadOnlySpan<float> emissions, ReadOnlySpan<float> starts, ReadOnlySpan<float> ends)
    {
        var score = 0f;
        for (var i = 0; i < run.Length; i++)
        {
            var k = run.Start + i;
            var label = k < span.Start ? NameLabel.Role : k < span.End ? NameLabel.Name : NameLabel.Trailing;
            score += emissions[i * 3 + (int)label];
        }

        score += starts[span.Start - run.Start];
        return span.IsEmpty ? score : score + ends[span.End - run.Start];
    }

    /// <summary>
    /// Fills the label scores of each token (<c>emissions[i * 3 + label]</c>) and the scores of starting or
    /// ending the name at each boundary (index 0 is before the run's first token).
    /// </summary>
    public void Score(in NameRun run, Span<float> emissions, Span<float> starts, Span<float> ends)
    {
        Span<uint> features = stackalloc uint[NameFeatures.MaxPerItem];
        Span<WordCounts> counts = stackalloc WordCounts[MaxRunLength + 2];
        Span<uint> words = stackalloc uint[MaxRunLength + 2];
        NameFeatures.Prepare(run, counts, words);
        for (var i = 0; i < run.Length; i++)
        {
            var n = NameFeatures.Token(run, run.Start + i, counts, words, features);
            float role = 0, name = 0, trailing = 0;
            foreach (var f in features[..n])
            {
                var slot = (int)(f & (Slots - 1)) * Width;
                role += _weights[slot];
                name += _weights[slot + 1];
                trailing += _weights[slot + 2];
            }

            emissions[i * 3] = role;
            emissions[i * 3 + 1] = name;
            emissions[i * 3 + 2] = trailing;
        }

        for (var b = 0; b <= run.Length; b++)
        {
            var n = NameFeatures.Boundary(run, run.Start + b, counts, words, features);
            float start = 0, end = 0;
            foreach (var f in features[..n])
            {
                var slot = (int)(f & (Slots - 1)) * Width;
                start += _weights[slot + StartWeight];
                end += _weights[slot + EndWeight];
            }

            starts[b] = start;
            ends[b] = end;
        }
    }

    /// <summary>The best-scoring name span given the scores of <see cref="Score"/>.</summary>
    /// <param name="run">The run.</param>
    /// <param name="emissions">The label scores of each token.</param>
    /// <param name="starts">The scores of starting the name at each boundary.</param>
    /// <param name="ends">The scores of ending it at each boundary.</param>
    /// <param name="constrained">
    /// Whether the name may start only where a person's name can (<see cref="CanStartName"/>). Tagging sets it;
    /// training does not, so that the perceptron still learns from its mistakes on titles and organisations, which
    /// teaches it those words elsewhere in a run as well (constraining the training too lost 0.02 of
    /// leave-one-outlet-out attribution F1).
    /// </param>
    public static NameSpan Decode(in NameRun run, ReadOnlySpan<float> emissions, ReadOnlySpan<float> starts, ReadOnlySpan<float> ends, bool constrained = false)
    {
        var length = run.Length;

        // Prefix sums of each label's scores, so a labelling's score is a few lookups.
        Span<float> role = stackalloc float[length + 1];
        Span<float> name = stackalloc float[length + 1];
        Span<float> trailing = stackalloc float[length + 1];
        for (var i = 0; i < length; i++)
        {
            role[i + 1] = role[i] + emissions[i * 3];
            name[i + 1] = name[i] + emissions[i * 3 + 1];
            trailing[i + 1] = trailing[i] + emissions[i * 3 + 2];
        }

        // No name at all: every word a role or description, the name "starting" at the run's end.
        var best = NameSpan.None(run.End);
        var bestScore = role[length] + starts[length];

        for (var s = 0; s < length; s++)
        {
            if (constrained && !CanStartName(run, run.Start + s))
            {
                continue;
            }

            for (var e = s + 1; e <= length; e++)
            {
                var score = role[s] + (name[e] - name[s]) + (trailing[length] - trailing[e]) + starts[s] + ends[e];
                if (score > bestScore)
                {
                    bestScore = score;
                    best = new NameSpan(run.Start + s, run.Start + e);
                }
            }
        }

        return best;
    }

    /// <summary>
    /// Whether a person's name can start at token <paramref name="k"/> of the run. Not inside a whole title of the
    /// lexicons that opens the run ("Gubernur Gusnar Ismail", "Prof Ikrar"), unless the title is also how people are
    /// named ("Gus Ipul", <c>honorific-names.txt</c>) or nothing follows it; not at an organisation head nor at the
    /// word after it, which is the organisation's own name ("PT Pegadaian", "Bank Mandiri", <c>organization-heads.txt</c>);
    /// not at a wholly reduplicated word with more of the run after it, which opens a phrase, a group or a law
    /// ("Anak-anak Sule", "Emak-Emak Aktivis", "Undang-Undang Pemilu"): none of the 55 such pairs in the unlabeled
    /// articles starts a person's name, while a reduplicated surname stands last ("Hotman Butar-butar"); not at a
    /// Roman numeral other than "I" with more of the run after it (<see cref="IsRomanNumeral"/>).
    /// </summary>
    private static bool CanStartName(in NameRun run, int k)
    {
        if (k < run.TitleEnd && run.TitleEnd < run.End && !run.Facts.Of(run.Start).HasFlag(WordFacts.HonorificName))
        {
            return false;
        }

        if (k + 1 < run.End && (IsWholeReduplication(run.Doc.Word(k)) || IsRomanNumeral(run.Doc.Word(k))))
        {
            return false;
        }

        return !run.Facts.Of(k).HasFlag(WordFacts.OrganizationHead) && (k == 0 || !run.Facts.Of(k - 1).HasFlag(WordFacts.OrganizationHead));
    }

    /// <summary>
    /// "II", "IV", "XII": a Roman numeral numbers the office before it ("Komisi III", "Wilayah V Dian Patria"), it never
    /// opens a name. "I" is left out: it is also the Balinese particle of "I Wayan Koster".
    /// </summary>
    internal static bool IsRomanNumeral(ReadOnlySpan<char> word)
    {
        if (word.Length is < 1 or > 5 || word is "I")
        {
            return false;
        }

        foreach (var c in word)
        {
            if (c is not ('I' or 'V' or 'X' or 'L'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A word that is one half said twice ("Alap-Alap", "anak-anak"), compared case-insensitively.</summary>
    internal static bool IsWholeReduplication(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen * 2 + 1 == word.Length && word[..hyphen].Equals(word[(hyphen + 1)..], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Writes the weights: a header (magic, feature version, slots, width, rule margin, count), then each non-zero weight as (index, value).</summary>
    public void Save(Stream stream)
    {
        var nonZero = 0;
        foreach (var w in _weights)
        {
            nonZero += w != 0 ? 1 : 0;
        }

        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write((uint)NameFeatures.Version);
        writer.Write((uint)Slots);
        writer.Write((uint)Width);
        writer.Write(RuleMargin);
        writer.Write((uint)nonZero);
        for (var i = 0; i < _weights.Length; i++)
        {
            if (_weights[i] != 0)
            {
                writer.Write((uint)i);
                writer.Write(_weights[i]);
            }
        }
    }

    /// <summary>Reads weights written by <see cref="Save"/>; refuses another feature version or shape.</summary>
    /// <exception cref="InvalidDataException">The stream is no name tagger of this version.</exception>
    public static NameTagger Load(Stream stream, string name)
    {
        using var reader = new BinaryReader(stream);
        try
        {
            if (reader.ReadUInt32() != Magic)
            {
                throw new InvalidDataException($"{name} is not a name tagger.");
            }

            var version = reader.ReadUInt32();
            if (version != NameFeatures.Version)
            {
                throw new InvalidDataException($"{name} was trained on name features version {version}, but this engine computes version {NameFeatures.Version}; retrain it with 'kutip train'.");
            }

            if (reader.ReadUInt32() != Slots || reader.ReadUInt32() != Width)
            {
                throw new InvalidDataException($"{name} has another weight layout than this engine's.");
            }

            var weights = new float[Slots * Width];
            var margin = reader.ReadSingle();
            var count = reader.ReadUInt32();
            for (var i = 0; i < count; i++)
            {
                var index = reader.ReadUInt32();
                var value = reader.ReadSingle();
                if (index >= weights.Length)
                {
                    throw new InvalidDataException($"{name}: weight index {index} is out of range.");
                }

                weights[index] = value;
            }

            return new NameTagger(weights, margin);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"{name} is truncated.");
        }
    }

    /// <summary>The tagger built into the library, or null when the library was built without one.</summary>
    public static NameTagger? BuiltIn => Embedded.Value;

    private static readonly Lazy<NameTagger?> Embedded = new(() =>
    {
        using var stream = typeof(NameTagger).Assembly.GetManifestResourceStream("QuoteAttribution.Models.name-tagger.bin");
        return stream is null ? null : Load(stream, "the built-in name tagger");
    }, LazyThreadSafetyMode.ExecutionAndPublication);
}
