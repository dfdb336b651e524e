using System.Reflection;
using System.Runtime.InteropServices;

namespace SentimentDashboard.Native;

/// <summary>
/// The assembly's one DllImport resolver (.NET allows a single resolver per assembly): each native binding loads its
/// library itself and registers the handle under its import name; names nobody registered get the default search.
/// </summary>
internal static class NativeLibraries
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, IntPtr> Handles = new(StringComparer.Ordinal);
    private static bool installed;

    public static void Register(string importName, IntPtr handle)
    {
        lock (Gate)
        {
            if (!installed)
            {
                NativeLibrary.SetDllImportResolver(typeof(NativeLibraries).Assembly, Resolve);
                installed = true;
            }

            Handles[importName] = handle;
        }
    }

    private static IntPtr Resolve(string importName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        lock (Gate)
        {
            return Handles.GetValueOrDefault(importName);
        }
    }
}
