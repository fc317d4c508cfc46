using System.Text;

namespace QuoteAttribution.Benchmarks.Workloads;

/// <summary>
/// Composes Indonesian news-like articles from the templates of <see cref="Vocabulary"/>: a dateline,
/// a lead, then paragraphs of direct quotes (cue before or after, continued across sentences),
/// reported speech, pronoun and collective sources, narrative and "Baca juga" furniture. The same
/// seed always gives the same articles.
/// </summary>
internal sealed class ArticleGenerator
{
    private readonly DeterministicRandom _random;

    public ArticleGenerator(ulong seed) => _random = new DeterministicRandom(seed);

    /// <summary>One article of about <paramref name="paragraphs"/> paragraphs.</summary>
    public string Article(int paragraphs)
    {
        var text = new StringBuilder(paragraphs * 220);
        var place = _random.Pick(Vocabulary.Places);
        var people = new[] { NewPerson(place), NewPerson(place), NewPerson(place) };
        var speaker = people[0];
        text.Append(place.ToUpperInvariant()).Append(", ").Append(_random.Pick(Vocabulary.Outlets)).Append(" — ");
        text.Append(speaker.Role).Append(' ').Append(speaker.FullName).Append(' ').Append(_random.Pick(Vocabulary.SaidBefore))
            .Append(", ").Append(Clause()).Append(". ").Append(_random.Pick(Vocabulary.Narrative));
        for (var p = 1; p < paragraphs; p++)
        {
            text.Append("\n\n");
            if (_random.Chance(30))
            {
                speaker = _random.Pick(people);
            }

            Paragraph(text, speaker, place);
        }

        text.Append('\n');
        return text.ToString();
    }

    private void Paragraph(StringBuilder text, GeneratedPerson speaker, string place)
    {
        switch (_random.Next(9))
        {
            case 0:
            case 1:
                // “…,” kata Surname.
                text.Append('“').Append(QuoteSentence()).Append(' ').Append(QuoteSentence(false)).Append(",” ")
                    .Append(_random.Pick(Vocabulary.SaidAfter)).Append(' ').Append(speaker.Surname).Append('.');
                break;
            case 2:
                // Role Name mengatakan, "…".
                text.Append(speaker.Role).Append(' ').Append(speaker.FullName).Append(' ').Append(_random.Pick(Vocabulary.SaidBefore))
                    .Append(", \"").Append(QuoteSentence()).Append("\"");
                break;
            case 3:
                // Reported speech with bahwa.
                text.Append(_random.Pick(Vocabulary.Pronouns)).Append(' ').Append(_random.Pick(Vocabulary.SaidBefore))
                    .Append(" bahwa ").Append(Clause()).Append('.');
                break;
            case 4:
                // Menurut Surname, ….
                text.Append("Menurut ").Append(speaker.Surname).Append(", ").Append(Clause()).Append('.');
                break;
            case 5:
                // A collective source quoted with a clitic cue.
                text.Append(_random.Pick(Vocabulary.Groups)).Append(" di ").Append(place).Append(" mengeluhkan ")
                    .Append(_random.Pick(Vocabulary.QuoteObjects)).Append(". \"").Append(QuoteSentence(false)).Append(",\" ujarnya.");
                break;
            case 6:
                // An organisation as the source.
                text.Append(_random.Pick(Vocabulary.Organizations)).Append(' ').Append(place).Append(" menyebutkan ")
                    .Append(Clause()).Append(". ").Append(_random.Pick(Vocabulary.Narrative));
                break;
            case 7:
                text.Append(_random.Pick(Vocabulary.Narrative)).Append(' ').Append(_random.Pick(Vocabulary.Narrative));
                break;
            default:
                if (_random.Chance(40))
                {
                    text.Append("Baca juga: ").Append(_random.Pick(Vocabulary.Headlines));
                }
                else
                {
                    // A quote interrupted by its cue.
                    text.Append("\"").Append(QuoteSentence(false)).Append(",\" kata ").Append(speaker.Surname)
                        .Append(". \"").Append(QuoteSentence()).Append("\"");
                }

                break;
        }
    }

    private GeneratedPerson NewPerson(string place)
    {
        var first = _random.Pick(Vocabulary.FirstNames);
        var last = _random.Pick(Vocabulary.Surnames);
        var role = _random.Pick(Vocabulary.Roles);
        return new GeneratedPerson($"{first} {last}", _random.Chance(50) ? first : last, _random.Chance(50) ? $"{role} {place}" : role);
    }

    private string Clause() =>
        $"{_random.Pick(Vocabulary.QuoteSubjects).ToLowerInvariant()} {_random.Pick(Vocabulary.QuoteVerbs)} {_random.Pick(Vocabulary.QuoteObjects)} {_random.Pick(Vocabulary.QuoteTails)}";

    private string QuoteSentence(bool terminal = true) =>
        $"{_random.Pick(Vocabulary.QuoteSubjects)} {_random.Pick(Vocabulary.QuoteVerbs)} {_random.Pick(Vocabulary.QuoteObjects)} {_random.Pick(Vocabulary.QuoteTails)}{(terminal ? "." : string.Empty)}";
}
