using ReportGen.Model;

namespace ReportGen.Load;

internal enum SourceFileState
{
    Found,
    Missing,
    Unreadable,
}

/// <param name="Problem">For an unreadable file: the finding that says why (worded by the disk, <see cref="Disk.BoundedFileReader"/>).</param>
internal sealed record SourceFile(SourceFileState State, byte[] Bytes, Diagnostic? Problem)
{
    public static readonly SourceFile Missing = new(SourceFileState.Missing, [], null);
}

/// <summary>Where the files of one report folder come from: a directory, or memory (tests, import).</summary>
internal interface IReportSource
{
    /// <summary>The name of a file as findings show it to the user.</summary>
    string Describe(string name);

    SourceFile Open(string name);

    /// <summary>A file that may be larger than a text file (a workbook), read up to its own limit.</summary>
    SourceFile Open(string name, int maxBytes);

    /// <summary>Whether the folder has a file of this name, without reading it.</summary>
    bool Exists(string name);
}
