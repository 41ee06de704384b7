namespace ReportGen.Tests.Support;

/// <summary>
/// Tests that drive a real program (LibreOffice, pdftotext, chromium) skip on a developer machine that
/// lacks it, so the README's test command works with only the .NET SDK. CI installs the programs and
/// sets REPORTGEN_REQUIRE_TOOLS=1 (.ci/run): there a missing program fails the test instead of skipping it.
/// </summary>
internal static class ExternalTool
{
    public static bool Required => Environment.GetEnvironmentVariable("REPORTGEN_REQUIRE_TOOLS") == "1";

    /// <summary>The full path of <paramref name="command"/> on PATH; skips (or, in CI, fails) the test when absent.</summary>
    public static string Require(string command)
    {
        var path = Find(command);
        if (path is not null)
        {
            return path;
        }
        if (Required)
        {
            throw new InvalidOperationException($"{command} is not on PATH, and REPORTGEN_REQUIRE_TOOLS=1 requires it.");
        }
        throw new SkipException($"{command} is not installed; .ci/run installs it.");
    }

    /// <summary>A file a tool needs that is not a command (a checker's .jar), named by an environment variable that .ci/run sets.</summary>
    public static string RequireFile(string variable, string what)
    {
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } path && File.Exists(path))
        {
            return path;
        }
        if (Required)
        {
            throw new InvalidOperationException($"{what}: {variable} does not name a file, and REPORTGEN_REQUIRE_TOOLS=1 requires it.");
        }
        throw new SkipException($"{what} is not installed ({variable} is unset); .ci/run installs it.");
    }

    public static string? Find(string command)
    {
        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return dirs.Select(d => Path.Combine(d, command)).FirstOrDefault(File.Exists);
    }
}
