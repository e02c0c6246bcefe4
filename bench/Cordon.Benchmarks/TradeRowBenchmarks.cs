using BenchmarkDotNet.Attributes;
using Cordon.Application.Network;
using Cordon.Application.Rescreening;
using Cordon.Screening.Declarations;
using Cordon.Storage;

namespace Cordon.Benchmarks;

/// <summary>The per-row step of building a team's supplier network from the case store: a stored row (its declaration as kept,
/// JSON) read back into a trade row (parties folded and keyed, contact details parsed, the date read). At a million rows this
/// step, not the database, is most of the build (docs/benchmarks.md, "Supplier network at scale").</summary>
// Not sealed: BenchmarkDotNet's generated runner derives from the benchmark class.
public class TradeRowBenchmarks
{
    private const int Rows = 5000;

    private List<CaseRow> _rows = [];

    /// <summary>The rows of samples/network/declarations.csv as the store keeps them.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(BenchData.RepoRoot(), "samples", "network", "declarations.csv");
        _rows = DeclarationReader.Read(path, null, null).Select((record, i) => new CaseRow
        {
            Id = i + 1, RunId = "bench", Tenant = "bench", Line = record.Line, Status = "clear", Risk = "none", Score = 0,
            Record = StoredDeclaration.Write(record), Result = "",
        }).ToList();
        if (_rows.Count != Rows)
        {
            throw new InvalidOperationException($"{path} has {_rows.Count} rows; the benchmark counts {Rows} operations per invocation");
        }
    }

    /// <summary>Every row read back; the figure is per row.</summary>
    [Benchmark(OperationsPerInvoke = Rows)]
    public int ReadStoredRows()
    {
        var reader = new TradeRows();
        var parties = 0;
        foreach (var row in _rows)
        {
            parties += reader.From(row).Consignee is null ? 0 : 1;
        }

        return parties;
    }
}
