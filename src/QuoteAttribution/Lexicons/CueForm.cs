namespace QuoteAttribution.Lexicons;

/// <summary>One inflected form of a reporting verb, as listed in <c>cues.txt</c>.</summary>
/// <param name="Form">The surface form, lower case (<c>mengatakan</c>).</param>
/// <param name="Lemma">The root it inflects (<c>kata</c>).</param>
/// <param name="Role">Where the source and content stand relative to it.</param>
/// <param name="IsOptional">A belief, feeling or intention: the guidelines make such quotes optional.</param>
/// <param name="IsRequest">A request or appeal: a leading <c>agar</c>/<c>supaya</c> is not content.</param>
/// <param name="IsWeak">Also a common word; a cue only in the strictest patterns.</param>
internal sealed record CueForm(string Form, string Lemma, CueRole Role, bool IsOptional, bool IsRequest, bool IsWeak);
