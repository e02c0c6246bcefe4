using System.Text.RegularExpressions;

namespace Cordon.Screening.Resolution;

/// <summary>Takes salt, hydrate, purity and packaging words off a substance name: "4-Piperidone HCl H2O 99%" is 4-piperidone.</summary>
public static partial class NameCleaner
{
    private static readonly HashSet<string> SaltWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "hydrochloride", "dihydrochloride", "monohydrochloride", "hcl", "2hcl", "hydrobromide", "hbr", "hydroiodide",
        "citrate", "dihydrogencitrate", "sulfate", "sulphate", "hemisulfate", "bisulfate", "tartrate", "bitartrate",
        "maleate", "fumarate", "oxalate", "phosphate", "mesylate", "besylate", "tosylate", "succinate", "salt",
        "sodium", "potassium",
    };

    private static readonly HashSet<string> HydrateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "hydrate", "monohydrate", "dihydrate", "trihydrate", "hemihydrate", "sesquihydrate", "h2o", "anhydrous",
    };

    private static readonly HashSet<string> GradeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "pure", "purity", "technical", "tech", "grade", "reagent", "usp", "bp", "ep", "acs", "powder", "crystals",
        "crystalline", "base", "freebase", "free", "min", "assay",
    };

    /// <summary>Splits off salt, hydrate and grade words, purity figures and pack sizes; returns the rest. With
    /// <paramref name="keepSalts"/>, salt words stay: for names of ordinary salts ("zinc sulfate" is not zinc).</summary>
    public static CleanedName Clean(string name, bool keepSalts = false)
    {
        var tokens = Tokens().Matches(name).Select(m => m.Value).ToList();
        var kept = new List<string>();
        var removed = new List<string>();
        var namesSalt = false;
        foreach (var token in tokens)
        {
            var bare = token.Trim('(', ')', '[', ']', ',', ';');
            if (bare.Length == 0)
            {
                continue;
            }

            if (SaltWords.Contains(bare) && !keepSalts)
            {
                namesSalt = true;
                removed.Add(bare);
            }
            else if (HydrateWords.Contains(bare) || GradeWords.Contains(bare) || Purity().IsMatch(bare) || Quantity().IsMatch(bare))
            {
                removed.Add(bare);
            }
            else if (Unit().IsMatch(bare) && kept.Count > 0 && Number().IsMatch(kept[^1]))
            {
                // "25 kg": a pack size, not part of the name.
                removed.Add($"{kept[^1]} {bare}");
                kept.RemoveAt(kept.Count - 1);
            }
            else
            {
                kept.Add(bare);
            }
        }

        return new CleanedName(string.Join(' ', kept), removed, namesSalt);
    }

    [GeneratedRegex(@"[^\s,;]+")]
    private static partial Regex Tokens();

    [GeneratedRegex(@"^\d+(\.\d+)?(kg|g|mg|l|ml|lb|lbs)$", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"^(kg|g|mg|l|ml|lb|lbs|drums?|bags?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Unit();

    [GeneratedRegex(@"^\d+(\.\d+)?$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^[<>≥]?\d+(\.\d+)?%$|^%$")]
    private static partial Regex Purity();
}
