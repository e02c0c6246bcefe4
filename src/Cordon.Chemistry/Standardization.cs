namespace Cordon.Chemistry;

/// <summary>The parent of a molecule and what standardisation took away to reach it.</summary>
/// <param name="Parent">The largest organic fragment, neutralised (owned: dispose it).</param>
/// <param name="RemovedFragments">Canonical SMILES of each removed fragment (counter-ions, water, solvents).</param>
/// <param name="Neutralised">True when charges on the parent were neutralised.</param>
public sealed record Standardization(Molecule Parent, IReadOnlyList<string> RemovedFragments, bool Neutralised) : IDisposable
{
    /// <inheritdoc />
    public void Dispose() => Parent.Dispose();
}
