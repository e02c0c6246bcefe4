using Cordon.Screening;
using Cordon.Screening.Declarations;
using Cordon.Screening.Extraction;

namespace Cordon.Application;

/// <summary>The screen use case: declarations in, one result per row out, in input order, every row accounted for. With watch
/// lists, each row's parties are matched against them too.</summary>
public sealed class ScreeningService(ChemicalService chemicals, PartyService? parties = null)
{
    private readonly Lazy<ChemicalExtractor> _extractor = new(() => new ChemicalExtractor(chemicals.KnowledgeBase, chemicals.Opsin));

    /// <summary>The knowledge-base version results rest on.</summary>
    public string KnowledgeBaseVersion => chemicals.KnowledgeBase.Version;

    /// <summary>The knowledge base results rest on.</summary>
    public Cordon.Regulation.KnowledgeBase KnowledgeBase => chemicals.KnowledgeBase;

    /// <summary>The version of the watch lists parties are matched against ("none" without any).</summary>
    public string WatchlistVersion => parties?.Version ?? Rescreening.WatchListVersion.None;

    /// <summary>Checks the request's options before any row is read; throws <see cref="UseCaseException"/>.</summary>
    public DeclarationScreener Screener(ScreenRequest request)
    {
        if (request.Encoding is { } named)
        {
            try
            {
                _ = TextEncodingDetector.Named(named);
            }
            catch (ArgumentException e)
            {
                throw new UseCaseException(e.Message);
            }
        }

        foreach (var entry in request.Map ?? [])
        {
            if (entry.Split('=', 2) is not [{ Length: > 0 }, { Length: > 0 } field] || !ColumnMap.IsField(field))
            {
                throw new UseCaseException($"map '{entry}': expected COLUMN=FIELD with FIELD one of {string.Join(", ", ColumnMap.FieldNames)}");
            }
        }

        var checker = chemicals.Checker(request.Jurisdictions, request.AsOf, listedOnly: false, forcedKind: null);
        return new DeclarationScreener(checker, _extractor.Value, parties?.Screener);
    }

    /// <summary>Screens the file at <paramref name="path"/> (read as <see cref="ScreenRequest.InputName"/> says), handing each
    /// result to <paramref name="onResult"/> in input order; returns the number of rows.</summary>
    public int Screen(string path, ScreenRequest request, Action<DeclarationResult> onResult)
    {
        var screener = Screener(request);
        ColumnMap? header = null;
        var rows = DeclarationReader.Read(path, request.Encoding, request.Map ?? [], map => header = map);
        var count = 0;
        try
        {
            OrderedParallel.Run(HeaderChecked(rows, () => header, request.InputName), screener.Screen, result =>
            {
                count++;
                onResult(result);
            }, chunkSize: 1024);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new UseCaseException($"{request.InputName}: {e.Message}");
        }

        return count;
    }

    // A file whose header names no description column is refused before any row is screened.
    private static IEnumerable<DeclarationRecord> HeaderChecked(IEnumerable<DeclarationRecord> rows, Func<ColumnMap?> header, string name)
    {
        var first = true;
        foreach (var row in rows)
        {
            if (first && header() is { } map && !map.Columns.ContainsKey(DeclarationField.Description))
            {
                throw new InvalidDataException($"no description column (headers: {string.Join(", ", map.Headers)}); map one, e.g. COLUMN=description");
            }

            first = false;
            yield return row;
        }
    }
}
