using System.Collections.Immutable;
using ReportGen.Folders;
using ReportGen.Format;
using ReportGen.Model;
using ReportGen.Render;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Render;

/// <summary>
/// One small golden file per table and per section (beside the whole-document goldens), so a change of
/// one row label, one table's column weights or one section's wording shows in the one file it concerns.
/// </summary>
public class TableAndSectionGoldenTests
{
    private static readonly Report Sample = SampleFiles.Load().Check().Report!;

    public static TheoryData<string> Tables => [.. StatutoryFormat.Tables.Select(t => t.Key)];

    public static TheoryData<string> Sections => [.. StatutoryFormat.Sections.Select(s => s.Key)];

    [Theory]
    [MemberData(nameof(Tables))]
    public void Each_table_form_is_drawn_from_the_format(string key)
    {
        // The empty form: labels, spans, merges, where a page may break and the column weights, all from the TableSpec.
        var form = StatutoryTableRenderer.FormOf(StatutoryFormat.Table(key)).Block;

        Golden.Matches($"table.{key}.form.txt", DocumentProjection.Of(new ReportDocument(string.Empty, [form], null)));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Each_table_of_the_sample_is_written_in_its_csv_shape(string key)
    {
        Golden.Matches($"table.{key}.csv", TableCsvWriter.Write(Sample.Table(key)));
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void Each_section_of_the_sample_renders_as_its_golden_file(string key)
    {
        var document = new ReportRenderer(EmbeddedTemplateSet.Instance).Render(Sample).Value!;
        var index = StatutoryFormat.Sections.Select(s => s.Key).ToList().IndexOf(key);

        Golden.Matches($"section.{key}.txt", DocumentProjection.Of(document with { Blocks = Section(document.Blocks, index), Signature = null }));
    }

    /// <summary>The blocks from the section's 一级 heading to the next one (the sections stand in the format's order).</summary>
    private static ImmutableArray<DocumentBlock> Section(ImmutableArray<DocumentBlock> blocks, int index)
    {
        var headings = blocks.Select((b, i) => (b, i)).Where(x => x.b is ParagraphBlock { Role: ParagraphRole.Heading1 }).Select(x => x.i).ToList();
        Assert.Equal(StatutoryFormat.Sections.Length, headings.Count);
        var end = index + 1 < headings.Count ? headings[index + 1] : blocks.Length;
        return blocks[headings[index]..end];
    }
}
