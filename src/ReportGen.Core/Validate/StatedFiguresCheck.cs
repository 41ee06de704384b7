using System.Collections.Immutable;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Validate;

/// <summary>R9: a figure quoted in the prose equals the table (docs/format.md, "What published reports get wrong": 无法提供 265 in the text, 337 in the table).</summary>
internal sealed class StatedFiguresCheck : IReportCheck
{
    public IEnumerable<Diagnostic> Check(ReportFacts facts)
    {
        var figures = facts.Narrative.Figures;
        foreach (var figure in figures)
        {
            if (figure.Stated != figure.Expected)
            {
                yield return Finding(figure);
            }
        }
    }

    private static Diagnostic Finding(FigureCheck check)
    {
        var phrase = check.Phrase;
        var spec = phrase.Table;
        var first = check.Cells[0];
        var single = check.Cells.Length == 1;
        string Name(CellFact f) => f.RowLabel.Length > 0 ? f.RowLabel : f.ColumnLabel;
        var where = single
            ? first.RowLabel.Length > 0 ? $"“{first.RowLabel}”“{first.ColumnLabel}”" : $"“{first.ColumnLabel}”"
            : $"{Group(check)}（{SumsCheck.Formula(check.Cells, Name)}）";
        var message = $"叙述中“{phrase.Name}”为 {SumsCheck.Format(check.Stated)} {check.Unit}，与{spec.Number}不符：{where}为 "
            + $"{SumsCheck.Format(check.Expected)}，相差 {SumsCheck.Format(check.Stated - check.Expected)}";
        return new Diagnostic(RuleCatalog.R9, check.Location, message,
            $"请核对叙述与表格；叙述中的数字可写成 {{{{ {phrase.Template} }}}}，由表格生成，两处便不会不一致")
        {
            Table = spec.DisplayName,
            Row = single ? first.RowLabel : Group(check),
            Column = spec.Column(first.Cell.Column).Label,
            Expected = check.Expected,
            Actual = check.Stated,
            Operands = [.. check.Cells.Select(c => c.ToOperand())],
        };
    }

    /// <summary>The merged label the summed rows share: "（四）无法提供", or "行政诉讼" for 表四.</summary>
    private static string Group(FigureCheck check)
    {
        var rows = check.Cells.Select(c => check.Phrase.Table.Row(c.Cell.Row)).ToList();
        var shared = rows[0].Groups.Where(g => rows.All(r => r.Groups.Contains(g))).ToList();
        return shared.Count > 0 ? shared[^1] : check.Phrase.Name;
    }
}
