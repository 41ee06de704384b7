using System.Text;
using ReportGen.Folders;
using ReportGen.Format;
using ReportGen.Import;
using ReportGen.Model;
using ReportGen.Pipeline;

namespace ReportGen.Tests.Import;

public class SeedImportTests
{
    private static readonly Lazy<ImportOutcome> Seed = new(() =>
        new PublishedReportImporter().Import(TestRepo.SeedPath, File.ReadAllBytes(TestRepo.SeedPath)));

    [Fact]
    public void Seed_imports_into_exactly_the_figures_of_the_sample()
    {
        var sample = TestRepo.LoadSample();
        var imported = Seed.Value.Report;

        Assert.NotNull(imported);
        foreach (var spec in StatutoryFormat.Tables)
        {
            foreach (var cell in spec.Cells)
            {
                var expected = sample.Table(spec.Key).Cell(cell);
                var actual = imported.Table(spec.Key).Cell(cell);
                Assert.True(expected is not null && actual is not null && expected.Value == actual.Value,
                    $"{spec.Number} {spec.CellRowLabel(cell)} {spec.CellColumnLabel(cell)}: sample {expected?.Value}, imported {actual?.Value}");
            }
        }
    }

    [Fact]
    public void Seed_metadata_equals_the_sample_including_the_agency_heading_wording()
    {
        var sample = TestRepo.LoadSample().Metadata;
        var imported = Seed.Value.Report!.Metadata;

        Assert.Equal(sample.Agency, imported.Agency);
        Assert.Equal(sample.Year, imported.Year);
        Assert.Equal(sample.Opening, imported.Opening);
        Assert.Null(imported.Title);
        Assert.Equal(sample.Headings.OrderBy(h => h.Key), imported.Headings.OrderBy(h => h.Key));
        Assert.Equal(ImportedFormat.Current, Seed.Value.Format);
    }

    [Fact]
    public void Seed_narrative_paragraphs_equal_the_sample()
    {
        var sample = TestRepo.LoadSample();
        var imported = Seed.Value.Report!;

        Assert.Equal(sample.Narratives.Keys.Order(), imported.Narratives.Keys.Order());
        foreach (var (key, narrative) in sample.Narratives)
        {
            var expected = Paragraphs(narrative.Text.Replace("{{ year }}", sample.Metadata.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
            var actual = Paragraphs(imported.Narratives[key].Text);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Seed_imported_folder_passes_the_checker_without_errors()
    {
        var files = new ReportFolderWriter().Render(Seed.Value.Report!);
        var outcome = new ReportChecker().Check("imported", ReportGen.Load.InMemoryReportSource.FromText("imported", files));

        Assert.NotNull(outcome.Report);
        Assert.True(outcome.Errors == 0, string.Join("\n", outcome.Diagnostics.Select(d => $"{d.Rule.Id} {d.Location} {d.Message}")));
    }

    [Fact]
    public void Seed_import_has_no_errors_and_reports_its_conversion_artefacts()
    {
        var diagnostics = Seed.Value.Diagnostics;
        var seed = File.ReadAllText(TestRepo.SeedPath);

        Assert.True(Seed.Value.Errors == 0, string.Join("\n", diagnostics.Where(d => d.Severity == Severity.Error).Select(d => $"{d.Rule.Id} {d.Location} {d.Message}")));
        // Seven paragraphs are split by page breaks in the seed; each join is reported at its continuation line.
        Assert.Equal(7, diagnostics.Count(d => d.Rule == RuleCatalog.ImportRejoined));
        Assert.Contains(diagnostics, d => d.Rule == RuleCatalog.ImportRejoined && d.Location!.Line == TextLines.LineOf(seed, "极探索“1+N”"));
        // The split 三、本年度办理结果 cell: the "三、" line with repeated figures and the "年度 办理 结果" piece.
        Assert.Contains(diagnostics, d => d.Rule == RuleCatalog.ImportArtefact && d.Location!.Line == TextLines.LineOf(seed, "三、\t5"));
        Assert.Contains(diagnostics, d => d.Rule == RuleCatalog.ImportArtefact && d.Location!.Line == TextLines.LineOf(seed, "年度 办理 结果"));
        // ASCII parentheses in "(三) 不予公开" and friends are read, with a warning.
        Assert.Contains(diagnostics, d => d.Rule == RuleCatalog.NearMissLabel && d.Location!.Line == TextLines.LineOf(seed, "(七) 总计"));
        Assert.Equal(4, diagnostics.Count(d => d.Rule == RuleCatalog.ImportHeading));
    }

    private static List<string> Paragraphs(string text) =>
        [.. text.Split("\n\n").Select(p => string.Concat(p.Where(c => !char.IsWhiteSpace(c)))).Where(p => p.Length > 0)];
}

/// <summary>Finds lines in test texts, so assertions name the line a finding must point at.</summary>
internal static class TextLines
{
    public static int LineOf(string text, string needle)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(needle, StringComparison.Ordinal));
        Assert.True(index >= 0, $"“{needle}” not found");
        return index + 1;
    }

    public static string ReplaceLine(string text, string needle, string replacement)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var index = lines.FindIndex(l => l.Contains(needle, StringComparison.Ordinal));
        Assert.True(index >= 0, $"“{needle}” not found");
        lines[index] = replacement;
        return string.Join('\n', lines);
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
