using System.Runtime.InteropServices;

namespace InvoiceHub.Ocr.Native;

/// <summary>
/// setenv of the C library: .NET's Environment.SetEnvironmentVariable only changes the runtime's own copy on Linux,
/// which libgomp (reading OMP_THREAD_LIMIT when libtesseract loads it) never sees.
/// </summary>
internal static partial class LibC
{
    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    public static partial int setenv(string name, string value, int overwrite);
}
