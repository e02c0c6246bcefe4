using System.Runtime.InteropServices;

namespace Cordon.Chemistry.Interop;

/// <summary>Turns a native status code into a typed <see cref="ChemistryException"/>.</summary>
internal static unsafe class Ensure
{
    private const int Ok = 0;

    public static void Success(int status)
    {
        if (status == Ok)
        {
            return;
        }

        var message = Marshal.PtrToStringUTF8((IntPtr)NativeMethods.cdn_last_error()) ?? "";
        throw new ChemistryException(KindOf(status), message.Length == 0 ? $"native status {status}" : message);
    }

    private static ChemistryErrorKind KindOf(int status) => status switch
    {
        1 => ChemistryErrorKind.Argument,
        2 => ChemistryErrorKind.Syntax,
        3 => ChemistryErrorKind.Chemistry,
        4 => ChemistryErrorKind.Limit,
        5 => ChemistryErrorKind.Memory,
        _ => ChemistryErrorKind.Internal,
    };
}
