namespace ReportGen.Tests.Support;

/// <summary>
/// Compares text with a golden file under tests/ReportGen.Tests/Golden. On a mismatch it writes
/// NAME.actual beside the golden file, so the difference can be read and, if right, accepted by
/// renaming it.
/// </summary>
internal static class Golden
{
    public static void Matches(string name, string actual)
    {
        var path = Repo.Path_("tests", "ReportGen.Tests", "Golden", name);
        var actualPath = path + ".actual";
        var expected = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            File.Delete(actualPath);
            return;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(actualPath, actual);
        Assert.Fail(expected is null
            ? $"No golden file {path}; wrote {actualPath}. Review it and rename it to accept."
            : $"{name} differs from its golden file; wrote {actualPath}. Compare with: diff {path} {actualPath}");
    }
}
