namespace ReportGen.Load;

internal enum SourceFileState
{
    Found,
    Missing,
    Unreadable,
}

/// <param name="Problem">For an unreadable file: why, in Chinese.</param>
internal sealed record SourceFile(SourceFileState State, byte[] Bytes, string? Problem)
{
    public static readonly SourceFile Missing = new(SourceFileState.Missing, [], null);
}

/// <summary>Where the files of one report folder come from: a directory, or memory (tests, import).</summary>
internal interface IReportSource
{
    /// <summary>The name of a file as findings show it to the user.</summary>
    string Describe(string name);

    SourceFile Open(string name);
}
