using Cordon.Chemistry.Interop;

namespace Cordon.Chemistry;

/// <summary>Facts about the chemistry toolkit in use.</summary>
public static unsafe class Toolkit
{
    /// <summary>The RDKit version the shim was built against, e.g. "2022.09.3".</summary>
    public static string RdkitVersion
    {
        get
        {
            Ensure.Success(NativeMethods.cdn_rdkit_version(out var text));
            return NativeBuffer.TakeString(text);
        }
    }
}
