using Cordon.Screening.Declarations;

namespace Cordon.Application;

/// <summary>Warms a long-running host's screening pipeline before its first job: builds the name dictionaries, the extractor
/// and the matchers (all built on first use), and runs the hot paths often enough to be compiled at full optimisation, so the
/// first job screens as fast as later ones.</summary>
public static class ScreeningWarmUp
{
    /// <summary>How often the sample rows are screened: enough calls for the runtime to recompile the hot paths optimised.</summary>
    public const int Rounds = 256;

    // Ordinary trade descriptions of the kinds a declarations file holds: a listed precursor by name and by CAS RN, a
    // systematic name, goods that are no chemical, a Chinese description and one in Spanish.
    private static readonly (string Description, string HsCode, string Shipper)[] Rows =
    [
        ("ACETONE 99.5% IN 200L DRUMS", "2914.11", "Example Trading Co., Ltd"),
        ("N-PHENETHYL-4-PIPERIDONE CAS 39742-60-4 25KG", "2933.39", "Example Chemical Industry Co"),
        ("4-methoxybenzoic acid, technical grade", "2918.99", "Muster GmbH"),
        ("COTTON T-SHIRTS, KNITTED, MEN'S", "6109.10", "Sample Garments Ltd"),
        ("丙酮 工业级 桶装", "2914.11", "示例化工有限公司"),
        ("ÁCIDO CLORHÍDRICO 33% GRADO INDUSTRIAL", "2806.10", "Ejemplo Química S.A. de C.V."),
        ("PLASTIC TOYS AND SPARE PARTS", "9503.00", "Example Toys Factory"),
        ("2-bromo-1-phenylpropan-1-one", "2914.79", "Example Fine Chemicals"),
    ];

    // Check queries of each kind: a name, a CAS RN, a SMILES.
    private static readonly string[] Queries = ["acetone", "39742-60-4", "CC(=O)Oc1ccccc1C(=O)O", "glucose"];

    /// <summary>Screens the sample rows <see cref="Rounds"/> times through <paramref name="screening"/>'s default screener and
    /// checks their chemicals through <paramref name="chemicals"/>; returns the rows screened. Results are discarded.</summary>
    public static int Run(ScreeningService screening, ChemicalService chemicals, CancellationToken cancellationToken)
    {
        var screener = screening.Screener(new ScreenRequest("warm-up"));
        var checker = chemicals.Checker(null, null, listedOnly: false, forcedKind: null);
        // Rows are also turned into stored rows, as a job does, so that path is compiled too; nothing is stored.
        var run = new Cordon.Storage.ScreeningRun
        {
            Id = "warm-up", Tenant = "warm-up", CreatedBy = "cordon", CreatedAt = DateTimeOffset.UnixEpoch, InputName = "warm-up.csv",
            InputSha256 = "", Options = "{}", KbVersion = screening.KnowledgeBaseVersion, WatchlistVersion = "none", Status = Cordon.Storage.RunStatus.Running,
        };
        using var json = new RowJson(new RunScopeText());
        var rows = 0;
        for (var round = 0; round < Rounds && !cancellationToken.IsCancellationRequested; round++)
        {
            foreach (var (description, hsCode, shipper) in Rows)
            {
                rows++;
                var fields = new Dictionary<DeclarationField, string>
                {
                    [DeclarationField.Description] = description, [DeclarationField.HsCode] = hsCode, [DeclarationField.Shipper] = shipper,
                };
                _ = json.ToRow(run, screener.Screen(new DeclarationRecord(rows, rows + 1, fields,
                    [new("description", description), new("hs_code", hsCode), new("shipper", shipper)])));
            }

            foreach (var query in Queries)
            {
                _ = checker.Check(new Cordon.Screening.QueryRecord(0, query, null, 1));
            }
        }

        return rows;
    }
}
