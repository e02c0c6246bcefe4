using System.Globalization;
using System.Text;

namespace Cordon.DeclarationGenerator;

/// <summary>The spellings declarations use for one company: other legal forms, abbreviations, case, pinyin spacing and
/// Wade-Giles, typos, look-alike letters and full-width characters, Chinese characters, accents.</summary>
public static class NameVariants
{
    /// <summary>Legal forms by family, the canonical one first.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> LegalForms = new Dictionary<string, string[]>
    {
        ["cn"] = ["Co., Ltd", "Co., Ltd.", "Co. Ltd", "Co Ltd", "CO.,LTD", "Company Limited", "Co.,Ltd."],
        ["hk"] = ["Limited", "Ltd", "Ltd.", "LTD", "Co., Limited"],
        ["mx-sa"] = ["SA de CV", "S.A. de C.V.", "SA DE CV", "S.A. DE C.V.", "S.A de C.V", "S.A. de C.V"],
        ["mx-srl"] = ["S de RL de CV", "S. de R.L. de C.V.", "S DE RL DE CV", "S. de R.L. de C.V", "S de R.L. de C.V."],
        ["gt"] = ["S.A.", "SA", "Sociedad Anonima", "S. A."],
        ["us-inc"] = ["Inc.", "Inc", "INC", "Incorporated"],
        ["us-llc"] = ["LLC", "L.L.C.", "Llc", "LLC."],
        ["ca"] = ["Ltd.", "Limited", "Ltd", "LTD."],
        ["in"] = ["Pvt Ltd", "Pvt. Ltd.", "Private Limited", "PVT LTD", "Pvt. Limited"],
        ["de"] = ["GmbH", "G.m.b.H.", "GMBH", "Gmbh"],
        ["sc"] = ["S.C.", "SC", "S. C."],
    };

    private static readonly Dictionary<string, string[]> Abbreviations = new(StringComparer.Ordinal)
    {
        ["Chemical"] = ["Chem", "Chem.", "Chemicals"],
        ["Chemicals"] = ["Chem", "Chemical"],
        ["Pharmaceutical"] = ["Pharm", "Pharma", "Pharm."],
        ["Technology"] = ["Tech", "Tech.", "Technologies"],
        ["Biotechnology"] = ["Biotech", "Bio-Tech", "Bio-Technology"],
        ["International"] = ["Intl", "Int'l", "Intl."],
        ["Import & Export"] = ["Imp. & Exp.", "I&E", "Import and Export", "Imp & Exp"],
        ["Trading"] = ["Trade", "Trdg"],
        ["Industries"] = ["Inds.", "Industry"],
        ["Industrial"] = ["Ind.", "Industriales"],
        ["Science and Technology"] = ["Sci & Tech", "Sci-Tech", "Science & Technology"],
        ["Comercializadora"] = ["Comercializ.", "Comer."],
        ["Distribuidora"] = ["Distrib.", "Dist."],
        ["Importadora"] = ["Imp.", "Importaciones"],
        ["Quimica"] = ["Química", "Quim."],
        ["Quimicos"] = ["Químicos", "Quim."],
        ["Laboratorios"] = ["Labs", "Lab."],
        ["Productos"] = ["Prods.", "Prod."],
        ["Logistics"] = ["Logistic", "Log."],
        ["Agencia Aduanal"] = ["Ag. Aduanal", "Agencia Aduanal y Consultoria"],
        ["Customs Brokers"] = ["Customs Broker", "Cust. Brokers"],
        ["Chemie"] = ["Chem."],
        ["Kunststoffe"] = ["Kunststoff"],
        ["Supply"] = ["Supplies", "Sply"],
        ["Life Sciences"] = ["Lifesciences", "Life Science"],
        ["Organics"] = ["Organic", "Orgs."],
    };

    // Wade-Giles (and older postal) spellings of pinyin syllable onsets, as older registrations and foreign clerks write them.
    private static readonly (string Pinyin, string Older)[] WadeGiles = [("Zh", "Ch"), ("Ch", "Ch'"), ("Sh", "Sh"), ("X", "Hs"), ("Q", "Ch'"), ("Z", "Ts"), ("C", "Ts'"), ("R", "J")];

    private static readonly Dictionary<char, char> LookAlike = new() { ['a'] = '\u0430', ['o'] = '\u043e', ['e'] = '\u0435', ['c'] = '\u0441', ['p'] = '\u0440', ['i'] = '\u0456' };

    /// <summary>The name from its parts, with a legal form.</summary>
    public static string Render(NameParts parts, string place, string brand, string head, string tail, string legal)
    {
        var builder = new StringBuilder();
        foreach (var piece in new[] { head, place, brand, tail })
        {
            if (piece.Length > 0)
            {
                builder.Append(builder.Length > 0 ? " " : "").Append(piece);
            }
        }

        // Spanish, German and Indian forms follow without a comma; "Co., Ltd" and "Inc." may or may not have one before them.
        if (legal.Length > 0)
        {
            builder.Append(parts.Legal is "us-inc" or "us-llc" && legal.Length % 2 == 0 ? ", " : " ").Append(legal);
        }

        return builder.ToString();
    }

    /// <summary>Up to <paramref name="count"/> distinct spellings of the company, the canonical one not among them.</summary>
    public static List<string> Make(NameParts parts, Random random, int count, bool exotic)
    {
        var canonical = parts.Canonical;
        var result = new List<string>();
        for (var attempt = 0; attempt < count * 6 && result.Count < count; attempt++)
        {
            // An exotic party gets one exotic spelling (the first variant): enough to test folding, rare as in real rows.
            var variant = One(parts, random, exotic && result.Count == 0);
            if (variant != canonical && !result.Contains(variant))
            {
                result.Add(variant);
            }
        }

        return result;
    }

    private static string One(NameParts parts, Random random, bool exotic)
    {
        var forms = LegalForms[parts.Legal];
        var legal = random.Next(4) == 0 ? forms[0] : forms[random.Next(forms.Length)];
        var head = Abbreviate(parts.Head, random);
        var tail = Abbreviate(parts.Tail, random);
        var place = parts.PlaceOptional && random.Next(6) == 0 ? "" : parts.Place;
        var brand = parts.Brand;
        if (parts.Syllables.Length > 1 && random.Next(3) == 0)
        {
            brand = random.Next(3) switch
            {
                0 => string.Join(" ", parts.Syllables.Select(Capital)),
                1 => string.Join("-", parts.Syllables.Select(Capital)),
                _ => string.Concat(parts.Syllables.Select(Capital)),
            };
        }

        var name = Render(parts, place, brand, head, tail, random.Next(10) == 0 ? "" : legal);
        var roll = exotic ? 5 + random.Next(3) : random.Next(5);
        return roll switch
        {
            0 => name.ToUpperInvariant(),
            1 => Typo(parts, name, random),
            2 when parts.Syllables.Length > 0 => Render(parts, place, WadeGilesOf(parts.Syllables), head, tail, legal),
            5 or 6 when parts.Hanzi is not null => parts.Hanzi,
            5 or 6 => FullWidth(name),
            7 => LookAlikeOf(name, parts.Brand, random),
            _ => random.Next(5) == 0 ? name.Replace(",", "").Replace(".", "") : name,
        };
    }

    private static string Abbreviate(string words, Random random)
    {
        if (words.Length == 0 || random.Next(3) != 0)
        {
            return words;
        }

        foreach (var (full, shorter) in Abbreviations)
        {
            var at = words.IndexOf(full, StringComparison.Ordinal);
            if (at >= 0 && (at + full.Length == words.Length || words[at + full.Length] == ' '))
            {
                return string.Concat(words.AsSpan(0, at), shorter[random.Next(shorter.Length)], words.AsSpan(at + full.Length));
            }
        }

        return words;
    }

    // A slip of the keyboard inside the brand (never its first letter): two letters swapped, one dropped or one doubled.
    private static string Typo(NameParts parts, string name, Random random)
    {
        var brand = parts.Brand;
        var at = name.IndexOf(brand, StringComparison.Ordinal);
        if (at < 0 || brand.Length < 4)
        {
            return name.ToLowerInvariant();
        }

        var i = 1 + random.Next(brand.Length - 2);
        var chars = brand.ToCharArray();
        string typo;
        switch (random.Next(3))
        {
            case 0:
                (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
                typo = new string(chars);
                break;
            case 1:
                typo = brand.Remove(i, 1);
                break;
            default:
                typo = brand.Insert(i, brand[i].ToString());
                break;
        }

        return string.Concat(name.AsSpan(0, at), typo, name.AsSpan(at + brand.Length));
    }

    // Wade-Giles joins syllables with a hyphen and capitalises only the first ("Hsin-yuan").
    private static string WadeGilesOf(string[] syllables) =>
        string.Join("-", syllables.Select((s, i) =>
        {
            var cap = Capital(s);
            foreach (var (pinyin, older) in WadeGiles)
            {
                if (cap.StartsWith(pinyin, StringComparison.Ordinal))
                {
                    cap = older + cap[pinyin.Length..];
                    break;
                }
            }

            return i == 0 ? cap : cap.ToLowerInvariant();
        }));

    // Full-width forms (U+FF01..U+FF5E), as CJK input methods type Latin letters; spaces become ideographic spaces.
    private static string FullWidth(string name) =>
        new(name.Select(c => c == ' ' ? '\u3000' : c is > ' ' and <= '~' ? (char)(c - 0x21 + 0xFF01) : c).ToArray());

    // One Latin letter of the brand replaced by the Cyrillic letter drawn the same.
    private static string LookAlikeOf(string name, string brand, Random random)
    {
        var at = name.IndexOf(brand, StringComparison.Ordinal);
        var start = at < 0 ? 0 : at;
        var end = at < 0 ? name.Length : at + brand.Length;
        var candidates = Enumerable.Range(start, end - start).Where(i => LookAlike.ContainsKey(name[i])).ToList();
        if (candidates.Count == 0)
        {
            return name.ToUpperInvariant();
        }

        var chars = name.ToCharArray();
        var pick = candidates[random.Next(candidates.Count)];
        chars[pick] = LookAlike[chars[pick]];
        return new string(chars);
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant();

    /// <summary>A comparison key for telling two generated spellings apart: case, width, look-alikes, punctuation and legal form
    /// folded. Two parties' variants must never share one.</summary>
    public static string Key(string name)
    {
        var folded = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormKC))
        {
            var latin = LookAlike.FirstOrDefault(p => p.Value == char.ToLowerInvariant(c)).Key;
            var ch = latin != default ? latin : char.ToLowerInvariant(c);
            if (CharUnicodeInfo.GetUnicodeCategory(ch) is UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(ch) || ch == ' ')
            {
                folded.Append(ch);
            }
        }

        var words = folded.ToString().Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray();
        var tokens = new string(words).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(t => t is not ("co" or "ltd" or "limited" or "company" or "sa" or "de" or "cv" or "s" or "rl" or "inc" or "incorporated" or "llc" or "pvt" or "private" or "gmbh" or "sc" or "sociedad" or "anonima"));
        return string.Concat(tokens);
    }
}
