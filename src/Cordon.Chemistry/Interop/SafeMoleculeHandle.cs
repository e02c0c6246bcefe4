using System.Runtime.InteropServices;

namespace Cordon.Chemistry.Interop;

/// <summary>Owns one native <c>cdn_mol</c>; freed only from <see cref="ReleaseHandle"/>.</summary>
internal sealed class SafeMoleculeHandle : SafeHandle
{
    public SafeMoleculeHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        NativeMethods.cdn_mol_free(handle);
        LiveHandles.Closed();
        return true;
    }
}
