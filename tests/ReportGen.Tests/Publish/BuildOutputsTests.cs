using ReportGen.Model;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Publish;

/// <summary>Several -o in one build: the format by extension, and all of them or none.</summary>
public class BuildOutputsTests
{
    private const string Sample = "samples/liaocheng-culture-tourism-2023";

    [Fact]
    public void Without_LibreOffice_a_pdf_build_says_how_to_install_it_and_writes_nothing_not_even_the_docx()
    {
        using var temp = new TempFolder();
        var docx = temp.File("r.docx");
        File.WriteAllText(docx, "older report");

        var result = CliProcess.RunWith(Repo.Root, new Dictionary<string, string> { ["REPORTGEN_SOFFICE"] = temp.File("no-such-soffice") },
            "build", Sample, "-o", docx, "-o", temp.File("r.pdf"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error F04", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("未找到 LibreOffice", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("apt-get install", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("未生成", result.Stdout, StringComparison.Ordinal);
        Assert.Equal("older report", File.ReadAllText(docx));
        Assert.Equal([docx], Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void A_converter_that_fails_leaves_no_output_behind()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        using var temp = new TempFolder();
        var fake = temp.File("soffice");
        File.WriteAllText(fake, "#!/bin/sh\necho 'javaldx: Could not find a Java Runtime Environment!' >&2\nexit 81\n");
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var output = Path.Combine(temp.Path, "out");
        Directory.CreateDirectory(output);

        var result = CliProcess.RunWith(Repo.Root, new Dictionary<string, string> { ["REPORTGEN_SOFFICE"] = fake },
            "build", Sample, "-o", Path.Combine(output, "r.html"), "-o", Path.Combine(output, "r.pdf"), "-o", Path.Combine(output, "r.docx"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error F04", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("退出码 81", result.Stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(output));
    }

    [Fact]
    public void When_one_output_cannot_be_written_none_is()
    {
        using var temp = new TempFolder();
        var docx = temp.File("r.docx");

        var result = CliProcess.Run("build", Sample, "-o", docx, "-o", Path.Combine(temp.Path, "no-such-folder", "r.html"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error F03", result.Stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Docx_and_html_together_are_the_same_files_as_built_one_at_a_time()
    {
        using var temp = new TempFolder();

        var together = CliProcess.Run("build", Sample, "-o", temp.File("a.docx"), "-o", temp.File("a.html"));
        CliProcess.Run("build", Sample, "-o", temp.File("b.docx"));
        CliProcess.Run("build", Sample, "-o", temp.File("b.htm"));

        Assert.Equal(0, together.ExitCode);
        Assert.Equal(File.ReadAllBytes(temp.File("b.docx")), File.ReadAllBytes(temp.File("a.docx")));
        Assert.Equal(File.ReadAllBytes(temp.File("b.htm")), File.ReadAllBytes(temp.File("a.html")));
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(temp.File("a.html")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("r.doc")]
    [InlineData("r")]
    public void An_output_whose_extension_names_no_format_is_refused(string name)
    {
        using var temp = new TempFolder();

        var result = CliProcess.Run("build", Sample, "-o", temp.File(name));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error F03", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(".docx、.pdf、.html", result.Stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void The_same_output_twice_is_refused()
    {
        using var temp = new TempFolder();

        var result = CliProcess.Run("build", Sample, "-o", temp.File("r.html"), "-o", temp.File("r.html"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("不止一次", result.Stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void A_batch_takes_its_formats_from_to_and_one_report_from_the_extensions()
    {
        using var temp = new TempFolder();
        SampleFiles.Load().WriteTo(Path.Combine(temp.Path, "in", "a"));
        SampleFiles.Load().WriteTo(Path.Combine(temp.Path, "in", "b"));
        var output = Path.Combine(temp.Path, "out");

        var batch = CliProcess.Run("build", Path.Combine(temp.Path, "in"), "-o", output, "--to", "html", "--to", "docx");
        var misuse = CliProcess.Run("build", Sample, "-o", temp.File("r.docx"), "--to", "pdf");

        Assert.Equal(0, batch.ExitCode);
        Assert.Equal(["a.docx", "a.html", "b.docx", "b.html"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(2, misuse.ExitCode);
        Assert.Contains("error F03: --to 只用于批量生成", misuse.Stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("r.docx")));
    }
}
