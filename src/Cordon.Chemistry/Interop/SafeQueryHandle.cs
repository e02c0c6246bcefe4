using System.Runtime.InteropServices;

namespace Cordon.Chemistry.Interop;

/// <summary>Owns one native <c>cdn_query</c>; freed only from <see cref="ReleaseHandle"/>.</summary>
internal sealed class SafeQueryHandle : SafeHandle
{
    public SafeQueryHandle() : base(IntPtr.Zero, ownsHandle: true) { }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        NativeMethods.cdn_query_free(handle);
        LiveHandles.Closed();
        return true;
    }
}
