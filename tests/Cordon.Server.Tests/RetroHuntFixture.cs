using Cordon.Application;
using Cordon.Regulation;
using Cordon.Regulation.Loading;
using Cordon.Screening.Extraction;

namespace Cordon.Server.Tests;

/// <summary>The law before and after a change, for retro-hunting tests: the real rules, and a copy of them without the US List II
/// entry for acetone (so its kb_version differs and acetone is clear under US law), plus a small declarations file and two
/// versions of an in-house watch list.</summary>
public static class RetroHuntFixture
{
    /// <summary>The entry the older rules lack.</summary>
    public const string RemovedEntry = "us.list-ii.acetone";

    /// <summary>The party the newer watch list adds.</summary>
    public const string NewDesignee = "Zenith Reagents Trading Co";

    private static readonly string Folder = Path.Combine(Path.GetTempPath(), $"cordon-retro-{Guid.NewGuid():N}");
    private static readonly Lazy<string> OlderRulesFolder = new(CopyRulesWithoutEntry);
    private static readonly Lazy<KnowledgeBase> CurrentKb = new(() => Load(Path.Combine(ServerContractTests.RepoRoot(), "rules")));
    private static readonly Lazy<KnowledgeBase> OlderKb = new(() => Load(OlderRulesFolder.Value));
    private static readonly Lazy<OpsinClient> Opsin = new(() => new OpsinClient());

    /// <summary>The rules folder without <see cref="RemovedEntry"/>.</summary>
    public static string OlderRules => OlderRulesFolder.Value;

    /// <summary>The real knowledge base.</summary>
    public static KnowledgeBase Current => CurrentKb.Value;

    /// <summary>The knowledge base without <see cref="RemovedEntry"/>.</summary>
    public static KnowledgeBase Older => OlderKb.Value;

    /// <summary>A screening service over a knowledge base and watch lists.</summary>
    public static ScreeningService Screening(KnowledgeBase kb, params string[] watchlists)
    {
        var parties = new PartyService(watchlists);
        return new(new ChemicalService(kb, Opsin.Value), parties.Screener, parties.Version);
    }

    /// <summary>Four declarations: plastics (clear), acetone (clear → controlled with the entry back), paracetamol shipped by
    /// <see cref="NewDesignee"/> (clear), fentanyl citrate (controlled under both).</summary>
    public static string Declarations()
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, "declarations.csv");
        File.WriteAllText(path, """
            declaration_id,shipper,consignee,origin,destination,hs_code,goods_description,quantity
            R-1,Hubei Lingyun Plastics Co. Ltd,Importadora del Pacifico SA de CV,CN,MX,3926.90,"Plastic storage boxes, assorted colours",1200 KG
            R-2,Ningbo Harbour Solvents Ltd,Quimica Norte S de RL,CN,MX,2914.11,"Acetone 99%, 200 L drums",800 KG
            R-3,Zenith Reagents Trading Co,Farmaceutica Baja SA,CN,MX,3004.90,"Paracetamol tablets 500 mg, 20 cartons",300 KG
            R-4,Shenzhen Bright Chem Co,Distribuidora Azteca SA de CV,CN,MX,2933.39,"Fentanyl citrate 1 kg",1 KG

            """);
        return path;
    }

    /// <summary>An in-house watch list (the same file name each time, so only its content differs); with the new designee or without.</summary>
    public static string WatchList(bool withNewDesignee)
    {
        var folder = Path.Combine(Folder, withNewDesignee ? "lists-after" : "lists-before");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "inhouse.csv");
        File.WriteAllText(path, "name,aliases,country,id,notes\nOrion Delta Holdings,,PA,W-1,earlier entry\n" +
                                (withNewDesignee ? $"{NewDesignee},,CN,W-2,designated since\n" : ""));
        return path;
    }

    private static KnowledgeBase Load(string folder)
    {
        var result = RulesLoader.Load(folder, checkExamples: false);
        Assert.False(result.HasErrors, $"rules in {folder} have errors");
        return result.KnowledgeBase;
    }

    private static string CopyRulesWithoutEntry()
    {
        var source = Path.Combine(ServerContractTests.RepoRoot(), "rules");
        var target = Path.Combine(Folder, "rules-before");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        // The entry runs from its "- id:" line to the next entry's.
        var list = Path.Combine(target, "us", "21-cfr-1310-list-ii.yaml");
        var kept = new List<string>();
        var skipping = false;
        foreach (var line in File.ReadAllLines(list))
        {
            if (line.StartsWith("- id: ", StringComparison.Ordinal))
            {
                skipping = line == $"- id: {RemovedEntry}";
            }

            if (!skipping)
            {
                kept.Add(line);
            }
        }

        Assert.True(kept.Count < File.ReadAllLines(list).Length, $"{RemovedEntry} not found in {list}");
        File.WriteAllLines(list, kept);
        return target;
    }
}
