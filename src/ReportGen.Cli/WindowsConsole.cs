using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace ReportGen.Cli;

/// <summary>Whether the console window was made for this process (Explorer double-click) or belongs to a shell.</summary>
[SupportedOSPlatform("windows")]
internal static class WindowsConsole
{
    public static bool OwnedByThisProcessOnly()
    {
        // A shell that started us is attached too; 0 means no console at all.
        var processes = new uint[2];
        return GetConsoleProcessList(processes, (uint)processes.Length) == 1;
    }

    [DllImport("kernel32.dll")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
    private static extern uint GetConsoleProcessList([Out] uint[] processList, uint processCount);
}
