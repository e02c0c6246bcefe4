using System.Reflection;
using System.Runtime.InteropServices;

namespace Cordon.Chemistry.Interop;

/// <summary>Finds libcordon_native.so: beside the assembly, at CORDON_NATIVE_LIB, or in the repository's build folder.</summary>
internal static class NativeLibraryResolver
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
                return loaded;
            }
        }

        throw new DllNotFoundException(
            $"{FileName} was not found beside {AppContext.BaseDirectory} nor at CORDON_NATIVE_LIB; build it with ./cordon or cmake (see native/).");
    }

    private static IEnumerable<string> Candidates()
    {
        yield return Path.Combine(AppContext.BaseDirectory, FileName);
        var overridden = Environment.GetEnvironmentVariable("CORDON_NATIVE_LIB");
        if (!string.IsNullOrEmpty(overridden))
        {
            yield return overridden;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            yield return Path.Combine(dir.FullName, "artifacts", "native", FileName);
        }
    }
}
