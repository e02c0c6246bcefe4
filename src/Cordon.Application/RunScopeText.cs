using Cordon.Screening;
using Cordon.Screening.Declarations;
using Cordon.Screening.Reporting;

namespace Cordon.Application;

/// <summary>The scope JSON of a run's rows, made once by whichever screening thread first needs it, and the same string
/// instance for every row after, so the store hashes and keeps it once.</summary>
internal sealed class RunScopeText
{
    private readonly Lock _gate = new();
    private CheckScope? _of;
    private string? _text;

    /// <summary>The result's scope as <paramref name="writer"/> writes it.</summary>
    public string For(DeclarationResult result, DeclarationJsonWriter writer)
    {
        lock (_gate)
        {
            if (!ReferenceEquals(result.Scope, _of))
            {
                _text = writer.ScopeOf(result);
                _of = result.Scope;
            }

            return _text!;
        }
    }
}
