namespace Cordon.Chemistry.Interop;

/// <summary>Counts native handles not yet released (molecules and queries), so tests can tell a leak by count, not by working set.</summary>
internal static class LiveHandles
{
    private static long _count;

    /// <summary>Native molecules and queries taken over by a <see cref="Molecule"/> or <see cref="SubstructureQuery"/> and not yet freed.</summary>
    public static long Count => Interlocked.Read(ref _count);

    /// <summary>A valid native handle was taken over.</summary>
    public static void Opened() => Interlocked.Increment(ref _count);

    /// <summary>A native handle was freed (from ReleaseHandle, once per handle).</summary>
    public static void Closed() => Interlocked.Decrement(ref _count);
}
