using CsCheck;
using ReportGen.Format;
using ReportGen.Model;
using ReportGen.Pipeline;
using ReportGen.Render;
using ReportGen.Tests.Support;
using ReportGen.Tests.Write;
using ReportGen.Write;

namespace ReportGen.Tests.Hostile;

public class PropertyTests
{
    [Fact]
    public void Random_tallies_that_satisfy_the_rules_pass_check_and_build_a_valid_package() =>
        TallyFiles.Balanced.Sample(figures =>
        {
            var outcome = TallyFiles.Files(figures).Check();

            Assert.DoesNotContain(outcome.Diagnostics, d => d.Severity == Severity.Error);
            var document = new ReportRenderer(EmbeddedTemplateSet.Instance).Render(outcome.Report!).Value!;
            using var stream = new MemoryStream();
            new DocxReportWriter().Write(document, stream);
            stream.Position = 0;
            DocxAssert.Valid(stream);
        }, iter: 25);

    private static readonly List<(string Table, CellRef Cell)> ArithmeticCells =
    [
        .. StatutoryFormat.Applications.Cells.Select(c => ("applications", c)),
        .. StatutoryFormat.Reviews.Cells.Select(c => ("reviews", c)),
    ];

    private static readonly Gen<(string Table, CellRef Cell)> AnyArithmeticCell =
        Gen.Int[0, ArithmeticCells.Count - 1].Select(i => ArithmeticCells[i]);

    [Fact]
    public void Any_single_cell_change_is_reported_with_that_cell_as_location_or_operand() =>
        Gen.Select(TallyFiles.Balanced, AnyArithmeticCell, Gen.Int[1, 9]).Sample((figures, target, delta) =>
        {
            figures[target.Table][target.Cell] += delta;
            var (file, line, column) = TallyFiles.Location(target.Table, target.Cell);

            var outcome = TallyFiles.Files(figures).Check();

            var cell = new SourceLocation($"sample/{file}", line, column);
            Assert.Equal(ExitCode.RulesBroken, outcome.ExitCode);
            Assert.Contains(outcome.Diagnostics, d => d.Location == cell || d.Operands.Any(o => o.Location == cell));
        }, iter: 200);

    [Theory]
    [InlineData("report.json")]
    [InlineData("active.csv")]
    [InlineData("applications.csv")]
    [InlineData("reviews.csv")]
    [InlineData("overview.md")]
    public void Random_bytes_as_any_input_never_crash(string file) =>
        Gen.Byte.Array[0, 4000].Sample(bytes =>
        {
            var files = SampleFiles.Load().Files.ToDictionary(f => f.Key, f => System.Text.Encoding.UTF8.GetBytes(f.Value));
            files[file] = bytes;
            var source = new ReportGen.Load.InMemoryReportSource("sample", System.Collections.Immutable.ImmutableDictionary.CreateRange(files));

            var outcome = new ReportChecker().Check("sample", source);

            if (file.EndsWith(".md", StringComparison.Ordinal))
            {
                var rendered = new ReportRenderer(EmbeddedTemplateSet.Instance).Render(outcome.Report!);
                Assert.True(rendered.Value is not null || rendered.Diagnostics.Any(d => d.Severity == Severity.Error));
            }
            else
            {
                Assert.NotEqual(ExitCode.Success, outcome.ExitCode);
                Assert.All(outcome.Diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Message)));
            }
        }, iter: 150);
}
