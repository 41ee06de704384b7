using System.Text;
using ReportGen.Model;

namespace ReportGen.Tests.Support;

/// <summary>A readable text form of a rendered document, tables with their spans and merges, for golden files.</summary>
internal static class DocumentProjection
{
    public static string Of(ReportDocument document)
    {
        var sb = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ParagraphBlock p:
                    sb.Append('[').Append(p.Role).Append(p.IndentChars > 0 ? $" indent {p.IndentChars}" : string.Empty).Append("] ");
                    foreach (var run in p.Runs)
                    {
                        var text = run.Text.Replace("\n", "↵", StringComparison.Ordinal);
                        sb.Append(run.Style == RunStyle.Plain ? text : $"<{run.Style}>{text}</{run.Style}>");
                    }
                    sb.Append('\n');
                    break;
                case TableBlock t:
                    var breaks = t.BlockStarts.IsDefaultOrEmpty ? "none" : string.Join(' ', t.BlockStarts);
                    sb.Append($"[Table {t.Key}] header rows {t.HeaderRows}, size {t.TextSize}, weights {string.Join(' ', t.ColumnWeights)}, page breaks before rows {breaks}\n");
                    foreach (var row in t.Rows)
                    {
                        sb.Append("  |");
                        foreach (var cell in row)
                        {
                            sb.Append(' ').Append(cell.Text);
                            var marks = new List<string>();
                            if (cell.ColumnSpan > 1)
                            {
                                marks.Add($"span {cell.ColumnSpan}");
                            }
                            if (cell.Merge != VerticalMerge.None)
                            {
                                marks.Add(cell.Merge == VerticalMerge.Restart ? "merge down" : "merged");
                            }
                            if (cell.Alignment == CellAlignment.Left)
                            {
                                marks.Add("left");
                            }
                            if (marks.Count > 0)
                            {
                                sb.Append(" {").Append(string.Join(", ", marks)).Append('}');
                            }
                            sb.Append(" |");
                        }
                        sb.Append('\n');
                    }
                    break;
            }
        }
        if (document.Signature is { } s)
        {
            sb.Append($"[Signature] {s.Agency} / {s.Date}\n");
        }
        return sb.ToString();
    }
}
