using Cordon.Chemistry;
using Cordon.Regulation;

namespace Cordon.Screening.Resolution;

/// <summary>What a query resolved to: a structure, entries known by identifier only, or the reason it could not be resolved.</summary>
public sealed record Resolution : IDisposable
{
    /// <summary>The kind the query was taken to be.</summary>
    public InputKind? Kind { get; init; }

    /// <summary>The structure, when there is one (owned: dispose it).</summary>
    public Molecule? Molecule { get; init; }

    /// <summary>Entries matched by name or CAS RN that have no structure of their own.</summary>
    public IReadOnlyList<Substance> IdentifierMatches { get; init; } = [];

    /// <summary>Words and forms already removed during resolution (salt words in a name, the form of a salt CAS RN).</summary>
    public IReadOnlyList<string> Removed { get; init; } = [];

    /// <summary>True when the identifier itself names a salt form.</summary>
    public bool NamesSalt { get; init; }

    /// <summary>Why the query is unresolved; null when it resolved.</summary>
    public string? Error { get; init; }

    /// <summary>A remark to carry into the message (e.g. how a name matched).</summary>
    public string? Note { get; init; }

    /// <summary>How a name was read as a misspelling of a knowledge-base name (then nothing it leads to is an
    /// identification); null when the query was read as written.</summary>
    public string? Misreading { get; init; }

    /// <summary>An unresolved result.</summary>
    public static Resolution Failed(InputKind? kind, string error) => new() { Kind = kind, Error = error };

    /// <inheritdoc />
    public void Dispose() => Molecule?.Dispose();
}
