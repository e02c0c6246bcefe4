using Cordon.Application.Loading;
using Cordon.Parties.Matching;
using Cordon.Regulation;
using Cordon.Screening;
using Cordon.Screening.Declarations;
using Cordon.Screening.Evaluation;
using Cordon.Screening.Declarations.Extraction;
using Cordon.Screening.Extraction;

namespace Cordon.Application.Evaluation;

/// <summary>The eval use case: labelled sets read, run through check and screen wired as those commands are, and scored;
/// party sets scored against a watch list.</summary>
public sealed class EvaluationService(KnowledgeBase knowledgeBase, INameToStructure opsin)
{
    /// <summary>The sets folder beside the rules folder (eval/), or "eval" when no rules folder is found.</summary>
    public static string DefaultSetsFolder(string? rulesOption)
    {
        var rules = RulesFolder.Find(rulesOption);
        return rules is null ? "eval" : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(rules))!, "eval");
    }

    /// <summary>Reads and scores every set in <paramref name="paths"/> (files or folders). Party sets are scored against
    /// <paramref name="watchlists"/>, by default the OFAC SDN 2021 snapshot they are labelled on; a skipped list line goes to
    /// <paramref name="onSkipped"/>. Throws <see cref="UseCaseException"/> for a set or list that cannot be read.</summary>
    public EvaluationRun Run(IReadOnlyList<string> paths, IReadOnlyList<string> watchlists, string? rulesOption, Action<string> onSkipped)
    {
        List<EvalSet> sets;
        List<PartyEvalSet> partySets;
        try
        {
            foreach (var missing in paths.Where(p => !File.Exists(p) && !Directory.Exists(p)))
            {
                throw new InvalidDataException($"{missing}: no such file or folder");
            }

            sets = paths.Where(p => Directory.Exists(p) || !PartyEvalReader.IsPartySet(p)).SelectMany(EvalSetReader.ReadAll).ToList();
            partySets = paths.SelectMany(PartyEvalReader.ReadAll).ToList();
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new UseCaseException(e.Message);
        }

        // The same wiring as `check` and `screen`: one OPSIN co-process, started when a name first needs it.
        var checker = new ChemicalChecker(knowledgeBase, new CheckOptions(null), opsin);
        var evaluator = new Evaluator(checker, () => new DeclarationScreener(checker, new ChemicalExtractor(knowledgeBase, opsin)));
        var reports = sets.Select(evaluator.Run).ToList();
        List<PartyEvalReport> partyReports = [];
        if (partySets.Count > 0)
        {
            var partyEvaluator = new PartyEvaluator(PartyMatcherFor(watchlists, rulesOption, onSkipped));
            partyReports = partySets.Select(partyEvaluator.Run).ToList();
        }

        return new EvaluationRun(reports, partyReports);
    }

    // Party sets are labelled on the OFAC SDN 2021 snapshot beside the repository; another list can be given.
    private static PartyMatcher PartyMatcherFor(IReadOnlyList<string> watchlists, string? rulesOption, Action<string> onSkipped)
    {
        var paths = watchlists.ToList();
        if (paths.Count == 0)
        {
            var rules = RulesFolder.Find(rulesOption);
            var snapshot = rules is null ? null : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(rules))!, "..", "shared", "data", "ofac-sdn-2021"));
            if (snapshot is null || !Directory.Exists(snapshot))
            {
                throw new UseCaseException("party sets need a watch list: give --watchlist PATH (they are labelled on ../shared/data/ofac-sdn-2021)");
            }

            paths.Add(snapshot);
        }

        WatchListLoad load;
        try
        {
            load = WatchListSource.Load(paths);
        }
        catch (FileNotFoundException e)
        {
            throw new UseCaseException(e.Message);
        }

        foreach (var problem in load.Problems)
        {
            onSkipped(problem);
        }

        return load.Screener?.Matcher ?? new PartyMatcher([]);
    }
}
