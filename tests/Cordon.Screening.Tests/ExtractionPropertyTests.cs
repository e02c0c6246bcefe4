using CsCheck;
using Cordon.Screening.Declarations.Extraction;
using Cordon.Screening.Extraction;

namespace Cordon.Screening.Tests;

/// <summary>Generated text around real names and CAS RNs: extraction never throws, every span lies inside the text it
/// came from, and a controlled precursor's CAS RN or name is found whatever disguise folding undoes.</summary>
public sealed class ExtractionPropertyTests
{
    private static readonly Lazy<ChemicalExtractor> Extractor = new(() => new ChemicalExtractor(Fixture.KnowledgeBase, null));

    private static readonly string[] Dashes = ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\uFF0D", "\uFE63"];
    private static readonly string[] Invisible = ["", "", "\u200B", "\u200C", "\u200D", "\u2060", "\u00AD", "\uFEFF"];

    private static readonly Gen<string> Noise = Gen.OneOf(
        Gen.String[Gen.Char, 0, 40],
        Gen.String[Gen.Char['\u0000', '\u0500'], 0, 40],
        Gen.Const("4-piperidone HCl"), Gen.Const("(4-ANPP)"), Gen.Const("丙酮工业级"), Gen.Const("CAS 79099-07-3"), Gen.Const("acetone "));

    [Fact]
    public void Extraction_never_throws_and_every_span_is_inside_the_text()
    {
        Gen.Select(Noise, Noise, Noise, (a, b, c) => a + b + c).Sample(text =>
        {
            foreach (var mention in Extractor.Value.Extract(text))
            {
                Assert.InRange(mention.Start, 0, text.Length);
                Assert.InRange(mention.End, mention.Start, text.Length);
                Assert.Equal(text[mention.Start..mention.End], mention.Text);
            }
        }, iter: 2_000);
    }

    [Fact]
    public void A_CAS_number_is_found_whatever_dashes_invisible_characters_or_digits_disguise_it()
    {
        // 79099-07-3 is 1-boc-4-piperidone (UN 1988 Table I); each digit may be full-width and each dash any Unicode dash.
        Gen.Select(Gen.Int[0, Dashes.Length - 1], Gen.Int[0, Dashes.Length - 1], Gen.Int[0, Invisible.Length - 1], Gen.Bool.Array[10], Noise)
            .Sample((d1, d2, z, fullWidth, prefix) =>
            {
                var digits = "790990731".Select((c, i) => fullWidth[i] ? (char)(c - '0' + '０') : c).ToArray();
                var cas = $"{digits[0]}{digits[1]}{Invisible[z]}{digits[2]}{digits[3]}{digits[4]}{Dashes[d1]}{digits[5]}{digits[6]}{Dashes[d2]}{digits[7]}";
                var text = $"{prefix.Replace('-', ' ')} lot: CAS {cas} 25 kg";
                Assert.Contains(Extractor.Value.Extract(text), m => m.Kind == MentionKind.Cas && m.Query == "79099-07-3");
            }, iter: 1_000);
    }

    [Fact]
    public void A_controlled_name_is_found_whatever_look_alike_letters_replace_its_letters()
    {
        // Each letter of "phenylacetone" that has a Cyrillic look-alike may be swapped for it.
        var lookAlikes = new Dictionary<char, char> { ['p'] = '\u0440', ['e'] = '\u0435', ['a'] = '\u0430', ['c'] = '\u0441', ['o'] = '\u043E', ['y'] = '\u0443' };
        Gen.Bool.Array[13].Sample(swap =>
        {
            var name = new string("phenylacetone".Select((c, i) => swap[i] && lookAlikes.TryGetValue(c, out var l) ? l : c).ToArray());
            var mentions = Extractor.Value.Extract($"{name} 99%, 200 kg drums");
            Assert.Contains(mentions, m => m.Kind == MentionKind.Name && m.Query is not null);
            Assert.Equal(name != "phenylacetone", mentions.Any(m => m.Kind == MentionKind.DisguisedText));
        }, iter: 500);
    }
}
