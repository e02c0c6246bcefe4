using System.Text;
using Cordon.Screening.Declarations;
using Cordon.Screening.Reporting;
using Cordon.Storage;

namespace Cordon.Application;

/// <summary>One screening thread's serialiser of job rows: the result's JSON without its "scope" member, which goes beside it
/// as the run's one shared string (see <see cref="RunScopeText"/>).</summary>
internal sealed class RowJson : IDisposable
{
    private readonly RunScopeText _scopes;
    private readonly MemoryStream _buffer = new();
    private readonly DeclarationJsonWriter _json;

    /// <summary>A serialiser whose rows share <paramref name="scopes"/>.</summary>
    public RowJson(RunScopeText scopes)
    {
        _scopes = scopes;
        _json = new DeclarationJsonWriter(_buffer, includeScope: false);
    }

    /// <summary>The result as a stored row of <paramref name="run"/>.</summary>
    public CaseRow ToRow(ScreeningRun run, DeclarationResult result)
    {
        _buffer.SetLength(0);
        _json.Write(result);
        var text = Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length).TrimEnd('\n');
        return ScreeningJobs.ToRow(run, result, text) with { Scope = _scopes.For(result, _json) };
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _json.Dispose();
        _buffer.Dispose();
    }
}
