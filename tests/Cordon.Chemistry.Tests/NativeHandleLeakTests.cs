namespace Cordon.Chemistry.Tests;

/// <summary>Runs alone: other tests opening molecules at the same time would move the global count of live handles.</summary>
[CollectionDefinition(nameof(NativeHandleLeakTests), DisableParallelization = true)]
[Collection(nameof(NativeHandleLeakTests))]
public sealed class NativeHandleLeakTests
{
    [Fact]
    public void Refusals_and_released_molecules_leave_no_native_handle_open()
    {
        // Each round opens native molecules (a parse, a standardisation, a refused parse) and must close every one of them itself.
        static void Round()
        {
            using var molecule = Molecule.FromSmiles("CCC(=O)N(C1CC[NH+](CCc2ccccc2)CC1)c1ccccc1.[Cl-]");
            using var standard = molecule.Standardize();
            _ = standard.Parent.MorganFingerprint();
            _ = standard.Parent.ToSvg([0, 1]);
            Assert.Throws<ChemistryException>(() => Molecule.FromSmiles("C(C)(C)(C)(C)C"));
        }

        for (var i = 0; i < 300; i++)
        {
            Round();
        }

        var before = Settled();
        for (var i = 0; i < 3000; i++)
        {
            Round();
        }

        // Counted before any collection: a handle left for the finalizer to close is a leak too.
        var after = Cordon.Chemistry.Interop.LiveHandles.Count;
        Assert.Equal(before, after);
        Assert.Equal(before, Settled());
    }

    private static long Settled()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return Cordon.Chemistry.Interop.LiveHandles.Count;
    }
}
