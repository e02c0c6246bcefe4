namespace Cordon.Chemistry;

/// <summary>The parent of a molecule and what standardisation took away to reach it.</summary>
/// <param name="Parent">The largest organic fragment, unlabelled and neutralised (owned: dispose it).</param>
/// <param name="RemovedFragments">Canonical SMILES of each removed fragment (counter-ions, water, solvents).</param>
/// <param name="Neutralised">True when charges on the parent were neutralised.</param>
public sealed record Standardization(Molecule Parent, IReadOnlyList<string> RemovedFragments, bool Neutralised) : IDisposable
{
    /// <summary>True when atom-map numbers (reaction bookkeeping) were cleared.</summary>
    public bool AtomMapsCleared { get; init; }

    /// <summary>True when isotope labels (2H, 13C, ...) were removed: the parent is the unlabelled substance.</summary>
    public bool IsotopesRemoved { get; init; }

    /// <summary>True when a gem-diol was read as the hydrate of a carbonyl; each such water is an "O" in <see cref="RemovedFragments"/>.</summary>
    public bool CarbonylHydrate { get; init; }

    /// <inheritdoc />
    public void Dispose() => Parent.Dispose();
}
