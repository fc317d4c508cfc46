using NUnit.Framework;
using QuoteAttribution.Lexicons;

namespace QuoteAttribution.Tests.Lexicons;

public sealed class LexiconSetTests
{
    private static readonly string[] DataFiles =
    [
        "abbreviations.txt", "boilerplate.txt", "cues.txt", "degrees.txt", "function-words.txt", "group-openers.txt", "groups.txt",
        "honorific-names.txt", "inline-furniture.txt", "name-particles.txt", "org-words.txt", "organization-heads.txt", "organizations.txt", "places.txt", "pronouns.txt", "titles.txt",
    ];

    private static readonly string[] KnownRoles = ["active", "inverted", "clitic", "passive", "preposition", "clitic-preposition"];

    private static readonly string[] KnownFlags = ["optional", "request", "weak"];

    [Test]
    public void Names_EmbeddedResources_ListEveryDataFile()
    {
        Assert.That(LexiconFile.Names, Is.SupersetOf(DataFiles));
    }

    [TestCaseSource(nameof(DataFiles))]
    public void Rows_EachDataFile_LoadsWithEntries(string file)
    {
        var rows = LexiconFile.Rows(file).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows, Is.Not.Empty);
            Assert.That(rows.All(r => r.Fields.Length > 0 && r.Fields[0].Length > 0), Is.True);
        }
    }

    [Test]
    public void Default_AllLexicons_AreLoadedAndNonEmpty()
    {
        var lexicons = LexiconSet.Default;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(lexicons.Cues, Is.Not.Empty);
            Assert.That(lexicons.Pronouns, Is.Not.Empty);
            Assert.That(lexicons.Titles.Count, Is.GreaterThan(0));
            Assert.That(lexicons.Organizations.Count, Is.GreaterThan(0));
            Assert.That(lexicons.Groups.Count, Is.GreaterThan(0));
            Assert.That(lexicons.FunctionWords.Count, Is.GreaterThan(0));
            Assert.That(lexicons.Abbreviations.Count, Is.GreaterThan(0));
            Assert.That(lexicons.Places.Count, Is.GreaterThan(0));
            Assert.That(lexicons.OrganizationWords.Count, Is.GreaterThan(0));
            Assert.That(lexicons.BoilerplatePrefixes, Is.Not.Empty);
            Assert.That(lexicons.GroupPrefixes.Contains("para") && !lexicons.GroupPrefixes.Contains("seorang"), Is.True);
            Assert.That(lexicons.GroupOpeners.Contains("seorang"), Is.True);
        }
    }

    [Test]
    public void HonorificNames_AreAllTitles_AndOrganizationHeadsAllOrganisationWords()
    {
        var lexicons = LexiconSet.Default;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(lexicons.HonorificNames.Words.Where(w => !lexicons.Facts(w).HasFlag(WordFacts.TitleWord)), Is.Empty);
            Assert.That(lexicons.OrganizationHeads.Words.Where(w => !lexicons.Facts(w).HasFlag(WordFacts.OrganizationStart)), Is.Empty);
        }
    }

    [Test]
    public void Prepositions_AreFunctionWords_AndHoldKepadaButNoCue()
    {
        var lexicons = LexiconSet.Default;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(lexicons.Prepositions.Contains("kepada"), Is.True);
            Assert.That(lexicons.Prepositions.Words.Where(w => !lexicons.FunctionWords.Contains(w)), Is.Empty);
            Assert.That(lexicons.Prepositions.Words.Where(w => lexicons.Cue(w) is not null), Is.Empty);
            Assert.That(lexicons.Prepositions.Contains("Namun"), Is.False, "a linking word opens a clause whose subject follows");
        }
    }

    [TestCase("SH", true)]
    [TestCase("S.H.", true)]
    [TestCase("M.Psi", true)]
    [TestCase("MPsi", true)]
    [TestCase("Budi", false)]
    [TestCase("sh", false)]
    [TestCase("S", false)]
    public void IsDegree_WithOrWithoutFullStops(string word, bool expected)
    {
        Assert.That(LexiconSet.Default.IsDegree(word), Is.EqualTo(expected));
    }

    [Test]
    public void Degrees_AreNoTitlesOrPlaces()
    {
        var lexicons = LexiconSet.Default;
        Assert.That(lexicons.Degrees.Words.Where(w => lexicons.Facts(w).HasFlag(WordFacts.TitleWord) || lexicons.Facts(w).HasFlag(WordFacts.Place)), Is.Empty);
    }

    [Test]
    public void Default_CalledTwice_ReturnsSameInstance()
    {
        var first = LexiconSet.Default;
        var second = LexiconSet.Default;
        Assert.That(second, Is.SameAs(first));
    }

    [TestCase("abbreviations.txt", true)]
    [TestCase("degrees.txt", true)]
    [TestCase("cues.txt", false)]
    [TestCase("function-words.txt", false)]
    [TestCase("org-words.txt", false)]
    [TestCase("organizations.txt", false)]
    [TestCase("titles.txt", false)]
    [TestCase("boilerplate.txt", false)]
    [TestCase("inline-furniture.txt", true)]
    [TestCase("groups.txt", false)]
    [TestCase("group-openers.txt", false)]
    [TestCase("places.txt", false)]
    [TestCase("pronouns.txt", false)]
    [TestCase("honorific-names.txt", false)]
    [TestCase("organization-heads.txt", false)]
    public void Rows_DataFile_HasNoDuplicateEntries(string file, bool caseSensitive)
    {
        var comparer = caseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
        var duplicates = LexiconFile.Rows(file)
            .GroupBy(r => r.Fields[0], comparer)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key} (lines {string.Join(", ", g.Select(r => r.Line))})")
            .ToArray();
        Assert.That(duplicates, Is.Empty);
    }

    [Test]
    public void Rows_EveryCueRow_HasKnownRoleAndFlags()
    {
        var bad = LexiconFile.Rows("cues.txt")
            .Where(r => r.Fields.Length < 3
                || !KnownRoles.Contains(r.Fields[2])
                || r.Fields.Length > 3 && r.Fields[3].Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(f => !KnownFlags.Contains(f)))
            .Select(r => $"line {r.Line}: {string.Join(" | ", r.Fields)}")
            .ToArray();
        Assert.That(bad, Is.Empty);
    }

    [TestCase("katanya", nameof(CueRole.Clitic))]
    [TestCase("ujarnya", nameof(CueRole.Clitic))]
    [TestCase("mengatakan", nameof(CueRole.Active))]
    [TestCase("menegaskan", nameof(CueRole.Active))]
    [TestCase("kata", nameof(CueRole.Inverted))]
    [TestCase("ujar", nameof(CueRole.Inverted))]
    [TestCase("dikatakan", nameof(CueRole.Passive))]
    [TestCase("menurut", nameof(CueRole.Preposition))]
    [TestCase("menurutnya", nameof(CueRole.CliticPreposition))]
    public void Cue_KnownForm_HasExpectedRole(string form, string role)
    {
        Assert.That(LexiconSet.Default.Cue(form)?.Role.ToString(), Is.EqualTo(role));
    }

    [Test]
    public void Cue_Berharap_IsOptional()
    {
        var cue = LexiconSet.Default.Cue("berharap");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(cue, Is.Not.Null);
            Assert.That(cue?.IsOptional, Is.True);
        }
    }

    [Test]
    public void Cue_Mengatakan_IsNotOptionalNorWeak()
    {
        var cue = LexiconSet.Default.Cue("mengatakan");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(cue?.IsOptional, Is.False);
            Assert.That(cue?.IsWeak, Is.False);
            Assert.That(cue?.Lemma, Is.EqualTo("kata"));
        }
    }

    [Test]
    public void Cue_LookupIgnoresCase_CapitalisedFormFound()
    {
        Assert.That(LexiconSet.Default.Cue("Menurut")?.Role, Is.EqualTo(CueRole.Preposition));
    }

    [Test]
    public void Cue_OrdinaryWord_IsNull()
    {
        Assert.That(LexiconSet.Default.Cue("rumah"), Is.Null);
    }

    [TestCase("dia", SpeakerType.Person)]
    [TestCase("beliau", SpeakerType.Person)]
    [TestCase("mereka", SpeakerType.Group)]
    public void Pronoun_KnownForm_HasSpeakerType(string form, SpeakerType type)
    {
        Assert.That(LexiconSet.Default.Pronoun(form), Is.EqualTo(type));
    }

    [Test]
    public void Abbreviations_AreCaseSensitive_DrAndDrBothListed()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(LexiconSet.Default.Abbreviations.Contains("Jl"), Is.True);
            Assert.That(LexiconSet.Default.Abbreviations.Contains("dr"), Is.True);
            Assert.That(LexiconSet.Default.Abbreviations.Contains("jl"), Is.False);
        }
    }

    [Test]
    public void InlineFurniture_LongestPhraseComesFirst()
    {
        var phrases = LexiconSet.Default.InlineFurniture;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(phrases[0], Is.EqualTo(new[] { "ADVERTISEMENT", "SCROLL", "TO", "CONTINUE", "WITH", "CONTENT" }));
            Assert.That(phrases.Select(p => p.Length), Is.Ordered.Descending);
        }
    }

    [Test]
    public void BoilerplatePrefixes_IncludeBacaJugaAndAdvertisement()
    {
        Assert.That(LexiconSet.Default.BoilerplatePrefixes, Is.SupersetOf(new[] { "Baca juga:", "ADVERTISEMENT" }));
    }

    [TestCase("Presiden")]
    [TestCase("kepala")]
    [TestCase("KABUPATEN")]
    [TestCase("Bank")]
    [TestCase("mengatakan")]
    [TestCase("yang")]
    [TestCase("Jakarta")]
    [TestCase("Sutrisno")]
    [TestCase("beliau")]
    [TestCase("para")]
    [TestCase("warga")]
    [TestCase("(")]
    public void Facts_OfAWord_AgreeWithAskingEachList(string word)
    {
        Assert.That(LexiconSet.Default.Facts(word), Is.EqualTo(FactsFromEachList(word)));
    }

    [Test]
    public void Facts_OfEveryListedWordInAnyCase_AgreeWithAskingEachList()
    {
        var lexicons = LexiconSet.Default;
        var words = lexicons.FunctionWords.Words
            .Concat(lexicons.Titles.FirstWords).Concat(lexicons.Organizations.FirstWords)
            .Concat(lexicons.Places.Words).Concat(lexicons.OrganizationWords.Words).Concat(lexicons.RegionHeads.Words)
            .Concat(lexicons.Cues.Keys).Concat(lexicons.Pronouns.Keys)
            .Concat(lexicons.Groups.FirstWords).Concat(lexicons.GroupOpeners.Words).Concat(lexicons.NameParticles.Words)
            .Concat(lexicons.HonorificNames.Words).Concat(lexicons.OrganizationHeads.Words)
            .SelectMany(w => new[] { w, w.ToUpperInvariant(), w.ToLowerInvariant() })
            .ToList();
        Assert.That(words, Has.Count.GreaterThan(1000));
        var disagreeing = words.Where(w => lexicons.Facts(w) != FactsFromEachList(w)).Take(5).ToList();
        Assert.That(disagreeing, Is.Empty);
    }

    private static WordFacts FactsFromEachList(string word)
    {
        var lexicons = LexiconSet.Default;
        var facts = WordFacts.None;
        facts |= lexicons.FunctionWords.Contains(word) ? WordFacts.FunctionWord : 0;
        facts |= lexicons.Titles.StartsPhrase(word) ? WordFacts.TitleStart : 0;
        facts |= lexicons.Titles.ContainsWord(word) ? WordFacts.TitleWord : 0;
        facts |= lexicons.Organizations.StartsPhrase(word) ? WordFacts.OrganizationStart : 0;
        facts |= lexicons.Organizations.ContainsWord(word) ? WordFacts.OrganizationWord : 0;
        facts |= lexicons.Places.Contains(word) ? WordFacts.Place : 0;
        facts |= lexicons.OrganizationWords.Contains(word) ? WordFacts.OfficeWord : 0;
        facts |= lexicons.RegionHeads.Contains(word) ? WordFacts.RegionHead : 0;
        facts |= lexicons.Cue(word) is not null ? WordFacts.Cue : 0;
        facts |= lexicons.Pronoun(word) is not null ? WordFacts.Pronoun : 0;
        facts |= lexicons.NameParticles.Contains(word) ? WordFacts.NameParticle : 0;
        facts |= lexicons.HonorificNames.Contains(word) ? WordFacts.HonorificName : 0;
        facts |= lexicons.OrganizationHeads.Contains(word) ? WordFacts.OrganizationHead : 0;
        facts |= lexicons.Groups.StartsPhrase(word) || lexicons.GroupOpeners.Contains(word) ? WordFacts.GroupStart : 0;
        return facts;
    }
}
