using System.Reflection;
using System.Runtime.InteropServices;

namespace Cordon.Chemistry.Interop;

/// <summary>Finds libcordon_native.so where the build puts it (runtimes/linux-x64/native beside the program, or beside it) or at
/// CORDON_NATIVE_LIB, never in other folders, and refuses a library whose ABI version is not the one this code expects.</summary>
internal static unsafe class NativeLibraryResolver
{
    private const string FileName = "libcordon_native.so";

    /// <summary>Installs the resolver; called once from the static constructor of <see cref="NativeMethods"/>.</summary>
    internal static void Register() =>
        NativeLibrary.SetDllImportResolver(typeof(NativeLibraryResolver).Assembly, Resolve);

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (name != NativeMethods.Library)
        {
            return IntPtr.Zero;
        }

        foreach (var candidate in Candidates())
        {
            if (File.Exists(candidate) && NativeLibrary.TryLoad(candidate, out var loaded))
            {
                CheckAbi(candidate, loaded);
                return loaded;
            }
        }

        throw new DllNotFoundException(
            $"{FileName} was not found in {AppContext.BaseDirectory}runtimes/linux-x64/native nor at CORDON_NATIVE_LIB; build it with ./cordon or cmake (see native/).");
    }

    // Called before any other export: a shim from another build would otherwise fail in ways far from the cause.
    private static void CheckAbi(string path, IntPtr library)
    {
        if (!NativeLibrary.TryGetExport(library, "cdn_abi_version", out var export))
        {
            throw new DllNotFoundException($"{path} has no cdn_abi_version: it is not a Cordon shim of this generation; rebuild it (native/)");
        }

        int version;
        var status = ((delegate* unmanaged<int*, int>)export)(&version);
        if (status != 0 || version != NativeMethods.AbiVersion)
        {
            throw new DllNotFoundException($"{path} implements ABI version {version}; this build of Cordon needs {NativeMethods.AbiVersion}; rebuild it (native/)");
        }
    }

    private static IEnumerable<string> Candidates()
    {
        var overridden = Environment.GetEnvironmentVariable("CORDON_NATIVE_LIB");
        if (!string.IsNullOrEmpty(overridden))
        {
            yield return overridden;
        }

        yield return Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", FileName);
        yield return Path.Combine(AppContext.BaseDirectory, FileName);
    }
}
