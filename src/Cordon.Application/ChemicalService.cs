using Cordon.Regulation;
using Cordon.Screening;
using Cordon.Screening.Extraction;
using Cordon.Screening.Input;

namespace Cordon.Application;

/// <summary>The check use case: one knowledge base and one OPSIN reader, shared by every request; a checker per set of
/// options. Thread-safe. "Today" (the default as-of day) is read from <paramref name="time"/>, the system clock by default. With a
/// <paramref name="cache"/>, <see cref="Check(CheckRequest)"/> answers a query it answered before from it.</summary>
public sealed class ChemicalService(KnowledgeBase knowledgeBase, INameToStructure? opsin, TimeProvider? time = null, CheckResultCache? cache = null)
{
    /// <summary>The most queries one request may hold.</summary>
    public const int MaxBatch = 10_000;

    /// <summary>The most checkers kept at once (one per distinct set of options and day).</summary>
    public const int MaxCheckers = 256;

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ChemicalChecker> _checkers = new(StringComparer.Ordinal);

    /// <summary>The knowledge base every answer rests on.</summary>
    public KnowledgeBase KnowledgeBase => knowledgeBase;

    /// <summary>The OPSIN reader for systematic names, if installed.</summary>
    public INameToStructure? Opsin => opsin;

    /// <summary>The answers cache of <see cref="Check(CheckRequest)"/>, if any.</summary>
    public CheckResultCache? Cache => cache;

    /// <summary>A checker for these options; throws <see cref="UseCaseException"/> for an unknown jurisdiction or input kind.
    /// Checkers are kept per options and day (a request's checker costs more to build than a CAS lookup), at most
    /// <see cref="MaxCheckers"/> of them.</summary>
    public ChemicalChecker Checker(string? jurisdictions, DateOnly? asOf, bool listedOnly, string? forcedKind) =>
        KeyedChecker(jurisdictions, asOf, listedOnly, forcedKind).Checker;

    private (ChemicalChecker Checker, string Key) KeyedChecker(string? jurisdictions, DateOnly? asOf, bool listedOnly, string? forcedKind)
    {
        if (!JurisdictionOption.TryParse(jurisdictions, knowledgeBase, out var codes, out var error))
        {
            throw new UseCaseException($"jurisdictions {error}");
        }

        var options = new CheckOptions(codes, ParseKind(forcedKind), asOf, listedOnly);
        // The day is part of the key: a checker without an as-of day answers for the day it was made.
        var key = string.Join('|', codes is null ? "*" : string.Join(',', codes.Order(StringComparer.Ordinal)), options.ForcedKind,
            options.DayOn(_time).ToString("O", System.Globalization.CultureInfo.InvariantCulture), asOf is null ? "today" : "as-of", listedOnly);
        if (_checkers.TryGetValue(key, out var kept))
        {
            return (kept, key);
        }

        if (_checkers.Count >= MaxCheckers)
        {
            _checkers.Clear();
        }

        return (_checkers.GetOrAdd(key, _ => new ChemicalChecker(knowledgeBase, options, opsin, _time)), key);
    }

    /// <summary>Checks every query of the request, in order (on all cores for large batches).</summary>
    public IReadOnlyList<CheckResult> Check(CheckRequest request)
    {
        if (request.Queries.Count == 0)
        {
            throw new UseCaseException("no queries given");
        }

        if (request.Queries.Count > MaxBatch)
        {
            throw new UseCaseException($"{request.Queries.Count} queries in one request; at most {MaxBatch}");
        }

        var (checker, key) = KeyedChecker(request.Jurisdictions, request.AsOf, request.ListedOnly, request.As);
        Func<QueryRecord, CheckResult> check = cache is null ? checker.Check : record => cache.Check(checker, key, record);
        var records = request.Queries.Select((q, i) => new QueryRecord(i + 1, q ?? "", null, i + 1)).ToList();
        if (records.Count < 8)
        {
            return records.Select(check).ToList();
        }

        var results = new List<CheckResult>(records.Count);
        OrderedParallel.Run(records, check, results.Add);
        return results;
    }

    /// <summary>Checks every record of a query file (text, .smi, .sdf, CSV/TSV, by <paramref name="path"/>'s extension) on all
    /// cores, handing each result to <paramref name="onResult"/> in input order; returns the number of records. Throws
    /// <see cref="UseCaseException"/> for a file that cannot be read as its kind says.</summary>
    public static int CheckFile(ChemicalChecker checker, Stream stream, string path, string? column, Action<CheckResult> onResult,
        Action<int>? onProgress = null)
    {
        try
        {
            return new BatchChecker(checker).Run(QueryFileReader.Read(stream, path, column), onResult, onProgress);
        }
        catch (InvalidDataException e)
        {
            throw new UseCaseException(e.Message);
        }
    }

    /// <summary>Reads an input-kind word; null for none; throws for an unknown one (fail closed).</summary>
    public static InputKind? ParseKind(string? text) => text switch
    {
        null => null,
        "smiles" => InputKind.Smiles,
        "cas" => InputKind.Cas,
        "name" => InputKind.Name,
        "molfile" => InputKind.Molfile,
        _ => throw new UseCaseException($"as '{text}': expected smiles, cas, name or molfile"),
    };
}
