using Cordon.Screening;
using Cordon.Screening.Declarations;
using Cordon.Screening.Declarations.Extraction;
using Cordon.Application.Loading;
using Cordon.Parties.Matching;

namespace Cordon.Application;

/// <summary>The screen use case: declarations in, one result per row out, in input order, every row accounted for. Parties
/// are screened against the watch lists of <see cref="WatchLists"/> (see <see cref="Loading.WatchListSource"/>): one screener for
/// every caller (the CLI), or each team's own (the server without configured lists); runs record the version used so a changed
/// list is re-screened.</summary>
public sealed class ScreeningService
{
    // Rows may hold up to 4 Mi characters each: a chunk in flight is cut at 32 Mi characters, not only at 1,024 rows.
    private const long MaxChunkChars = 32L << 20;
    private const int ChunkRows = 1024;

    private readonly ChemicalService _chemicals;
    private readonly Lazy<ChemicalExtractor> _extractor;

    /// <summary>Screens parties with <paramref name="parties"/> (none when null), whose lists are known by <paramref name="watchlistVersion"/>.</summary>
    public ScreeningService(ChemicalService chemicals, PartyScreener? parties = null, string? watchlistVersion = null)
        : this(chemicals, TeamWatchLists.Fixed(parties, watchlistVersion))
    {
    }

    /// <summary>Screens each team's parties against the lists <paramref name="watchLists"/> resolves for it.</summary>
    public ScreeningService(ChemicalService chemicals, TeamWatchLists watchLists)
    {
        _chemicals = chemicals;
        WatchLists = watchLists;
        _extractor = new(() => new ChemicalExtractor(chemicals.KnowledgeBase, chemicals.Opsin));
    }

    /// <summary>The knowledge-base version results rest on.</summary>
    public string KnowledgeBaseVersion => _chemicals.KnowledgeBase.Version;

    /// <summary>The knowledge base results rest on.</summary>
    public Cordon.Regulation.KnowledgeBase KnowledgeBase => _chemicals.KnowledgeBase;

    /// <summary>Where each team's watch lists come from.</summary>
    public TeamWatchLists WatchLists { get; }

    /// <summary>The screener for the request with the lists that serve every caller, its options checked first (<see cref="CheckOptions"/>,
    /// then the jurisdictions); throws <see cref="UseCaseException"/>. When each team has its own lists it matches no party: screen a
    /// team's rows with <see cref="Screener(ScreenRequest, PartyScreener?)"/> and the team's (<see cref="TeamWatchLists.ForTeamAsync"/>).</summary>
    public DeclarationScreener Screener(ScreenRequest request) => Screener(request, WatchLists.FixedLists?.Screener);

    /// <summary>The screener for the request, matching parties with <paramref name="parties"/> (none when null), its options checked
    /// first; throws <see cref="UseCaseException"/>.</summary>
    public DeclarationScreener Screener(ScreenRequest request, PartyScreener? parties) => Screener(request, parties, null);

    /// <summary>The screener for the request, matching parties with <paramref name="parties"/> and looking them up in the supplier
    /// network of <paramref name="network"/> (each none when null); throws <see cref="UseCaseException"/>.</summary>
    public DeclarationScreener Screener(ScreenRequest request, PartyScreener? parties, Cordon.Network.Risk.NetworkRisk? network)
    {
        CheckOptions(request);
        var checker = _chemicals.Checker(request.Jurisdictions, request.AsOf, listedOnly: false, forcedKind: null);
        return new DeclarationScreener(checker, _extractor.Value, parties) { Network = network };
    }

    /// <summary>Checks how the file is to be read (encoding, column overrides) before any row is; throws <see cref="UseCaseException"/>.</summary>
    public static void CheckOptions(ScreenRequest request)
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
                throw new UseCaseException("map", $"'{entry}': expected COLUMN=FIELD with FIELD one of {string.Join(", ", ColumnMap.FieldNames)}");
            }
        }
    }

    /// <summary>Screens the file at <paramref name="path"/> (read as <see cref="ScreenRequest.InputName"/> says), handing each
    /// result to <paramref name="onResult"/> in input order; returns the number of rows.</summary>
    public int Screen(string path, ScreenRequest request, Action<DeclarationResult> onResult) => Screen(path, request, r => r, onResult);

    /// <summary>Screens the file like <see cref="Screen(string, ScreenRequest, Action{DeclarationResult})"/>, turning each result
    /// into <typeparamref name="T"/> by <paramref name="map"/> on the screening threads (it must be thread-safe), so that work
    /// such as serialising runs on all cores instead of the one that hands results on in order.</summary>
    public int Screen<T>(string path, ScreenRequest request, Func<DeclarationResult, T> map, Action<T> onResult) =>
        ScreenWith(Screener(request), path, request, map, onResult);

    /// <summary>Screens the file like <see cref="Screen{T}(string, ScreenRequest, Func{DeclarationResult, T}, Action{T})"/>, matching
    /// parties with <paramref name="parties"/> (a team's lists) instead of the lists given at construction.</summary>
    public int Screen<T>(string path, ScreenRequest request, PartyScreener? parties, Func<DeclarationResult, T> map, Action<T> onResult) =>
        ScreenWith(Screener(request, parties), path, request, map, onResult);

    /// <summary>Screens the file like <see cref="Screen{T}(string, ScreenRequest, PartyScreener?, Func{DeclarationResult, T}, Action{T})"/>,
    /// also weighing each party's place in <paramref name="network"/> (none when null).</summary>
    public int Screen<T>(string path, ScreenRequest request, PartyScreener? parties, Cordon.Network.Risk.NetworkRisk? network, Func<DeclarationResult, T> map,
        Action<T> onResult) =>
        ScreenWith(Screener(request, parties, network), path, request, map, onResult);

    private static int ScreenWith<T>(DeclarationScreener screener, string path, ScreenRequest request, Func<DeclarationResult, T> map, Action<T> onResult)
    {
        ColumnMap? header = null;
        var rows = DeclarationReader.Read(path, request.Encoding, request.Map ?? [], map => header = map);
        var count = 0;
        try
        {
            OrderedParallel.Run(HeaderChecked(rows, () => header, request.InputName), record => map(screener.Screen(record)), result =>
            {
                count++;
                onResult(result);
            }, null, ChunkRows, Weight, MaxChunkChars);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new UseCaseException($"{request.InputName}: {e.Message}");
        }

        return count;
    }

    /// <summary>Screens <paramref name="records"/> on all cores, handing each result to <paramref name="onResult"/> in input
    /// order; <paramref name="onProgress"/> hears the rows done so far. Returns the number of rows.</summary>
    public static int Run(IEnumerable<DeclarationRecord> records, DeclarationScreener screener, Action<DeclarationResult> onResult,
        Action<int>? onProgress = null) =>
        OrderedParallel.Run(records, screener.Screen, onResult, onProgress, ChunkRows, Weight, MaxChunkChars);

    private static long Weight(DeclarationRecord record)
    {
        long chars = 0;
        foreach (var column in record.Columns)
        {
            chars += column.Value.Length;
        }

        return chars;
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
