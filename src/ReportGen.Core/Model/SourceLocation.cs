namespace ReportGen.Model;

/// <summary>Where a value came from: a file as the user named it, 1-based line and column.</summary>
internal sealed record SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => Column > 0 ? $"{File}:{Line}:{Column}" : Line > 0 ? $"{File}:{Line}" : File;
}
