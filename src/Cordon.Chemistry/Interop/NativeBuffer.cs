using System.Runtime.InteropServices;

namespace Cordon.Chemistry.Interop;

/// <summary>Copies library-owned buffers into managed memory and releases them with <c>cdn_free</c>.</summary>
internal static unsafe class NativeBuffer
{
    public static string TakeString(byte* text)
    {
        try
        {
            return Marshal.PtrToStringUTF8((IntPtr)text) ?? "";
        }
        finally
        {
            NativeMethods.cdn_free(text);
        }
    }

    public static byte[] TakeBytes(byte* bytes, int length)
    {
        try
        {
            return new ReadOnlySpan<byte>(bytes, length).ToArray();
        }
        finally
        {
            NativeMethods.cdn_free(bytes);
        }
    }

    public static int[] TakeInts(int* values, int length)
    {
        try
        {
            return values == null ? [] : new ReadOnlySpan<int>(values, length).ToArray();
        }
        finally
        {
            NativeMethods.cdn_free(values);
        }
    }
}
