using System.Collections.Immutable;
using ReportGen.Tables;
using ReportGen.Model;

namespace ReportGen.Import.Pdf;

/// <summary>
/// Rebuilds a table's rows from word positions. The figures fix the columns (their horizontal extents,
/// overlapping down the table, are one column each) and the rows (figures on one baseline). Label text
/// left of the figures is attached to the nearest figure row, so a label wrapped around its figures
/// ("（二）部分公开（区分处理的，只计这一情" / figures / "形，不计其他情形）") is one label again, and a
/// merged group cell's fragments ("（三）不" / "予公开") stay in their own label column, never in the
/// row's label. Lines with words above the columns and no figure are header rows; their words are laid
/// on the columns they cover.
/// </summary>
internal static class PdfTable
{
    private sealed record Slot(double Left, double Right);

    private sealed record Fragment(int Page, double Left, double Right, double Top, double Bottom, string Text)
    {
        public double Middle => (Top + Bottom) / 2;

        public double Height => Top - Bottom;
    }

    private sealed class Anchor(int page, double middle, double height, int order)
    {
        public int Page => page;

        public double Middle => middle;

        public double Height => height;

        public int Order => order;

        public List<Fragment> Labels { get; } = [];

        public Dictionary<int, string> Figures { get; } = [];

        public List<(int First, int Last, Fragment Fragment)> Header { get; } = [];

        public bool IsFigureRow => Figures.Count > 0;
    }

    public static List<SourceRow> Rows(string file, List<PdfLine> lines)
    {
        var figures = lines.SelectMany(l => FigureWords(l)).ToList();
        var slots = Slots(figures.Select(f => (f.Left, f.Right)));
        if (slots.Count == 0)
        {
            // No figures: each line is a row of its own text runs.
            return [.. lines.Select(l => SourceRow.Of(Runs(l).Select(r => r.Text), new SourceLocation(file, l.Page, 0)))];
        }
        var labelEdge = slots[0].Left - 1;
        var anchors = new List<Anchor>();
        var loose = new List<Fragment>();
        var order = 0;
        foreach (var line in lines)
        {
            var lineFigures = FigureWords(line).ToHashSet();
            var runs = Runs(line, lineFigures);
            var labelRuns = runs.Where(r => r.Right <= labelEdge + 2 && !r.IsFigure).Select(r => r.Fragment).ToList();
            var headerRuns = runs.Where(r => r.Right > labelEdge + 2 && !r.IsFigure).ToList();
            if (lineFigures.Count > 0)
            {
                var anchor = new Anchor(line.Page, lineFigures.Average(w => w.Middle), lineFigures.Max(w => w.Height), order++);
                foreach (var figure in lineFigures)
                {
                    var slot = slots.FindIndex(s => Overlaps(s, figure.Left, figure.Right));
                    anchor.Figures[slot] = anchor.Figures.TryGetValue(slot, out var already) ? already + figure.Text : figure.Text;
                }
                anchor.Labels.AddRange(labelRuns);
                AddHeader(anchor, headerRuns.Select(r => r.Fragment), slots);
                anchors.Add(anchor);
            }
            else if (headerRuns.Count > 0)
            {
                var anchor = new Anchor(line.Page, line.Middle, line.Height, order++);
                anchor.Labels.AddRange(labelRuns);
                AddHeader(anchor, headerRuns.Select(r => r.Fragment), slots);
                anchors.Add(anchor);
            }
            else
            {
                loose.AddRange(labelRuns);
            }
        }
        // Label-only fragments: part of the nearest figure row when they sit against it, else a row of their own.
        foreach (var fragment in loose)
        {
            var nearest = anchors.Where(a => a.Page == fragment.Page && a.IsFigureRow)
                .MinBy(a => Math.Abs(a.Middle - fragment.Middle));
            if (nearest is not null && Math.Abs(nearest.Middle - fragment.Middle) <= 2.2 * Math.Max(fragment.Height, nearest.Height)
                && !anchors.Any(a => a.Page == fragment.Page && !a.IsFigureRow && Math.Abs(a.Middle - fragment.Middle) < Math.Abs(nearest.Middle - fragment.Middle)))
            {
                nearest.Labels.Add(fragment);
            }
            else
            {
                var own = new Anchor(fragment.Page, fragment.Middle, fragment.Height, -1);
                own.Labels.Add(fragment);
                anchors.Add(own);
            }
        }
        var ordered = anchors.OrderBy(a => a.Page).ThenByDescending(a => a.Middle).ToList();
        JoinHeaderLines([.. ordered.TakeWhile(a => !a.IsFigureRow)]);
        var rows = new List<SourceRow>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var anchor = ordered[i];
            var location = new SourceLocation(file, anchor.Page, 0);
            var cells = ImmutableArray.CreateBuilder<SourceCell>();
            foreach (var text in LabelCells(anchor.Labels))
            {
                cells.Add(new SourceCell(text));
            }
            if (anchor.IsFigureRow)
            {
                for (var s = 0; s < slots.Count; s++)
                {
                    cells.Add(new SourceCell(anchor.Figures.GetValueOrDefault(s, string.Empty)));
                }
            }
            else if (anchor.Header.Count > 0)
            {
                if (cells.Count == 0)
                {
                    cells.Add(new SourceCell(string.Empty));
                }
                var headerCells = new SourceCell[slots.Count];
                foreach (var (first, last, fragment) in anchor.Header)
                {
                    for (var s = first; s <= last; s++)
                    {
                        headerCells[s] = new SourceCell(fragment.Text, s > first);
                    }
                }
                cells.AddRange(headerCells.Select(c => c ?? new SourceCell(string.Empty)));
            }
            rows.Add(new SourceRow(cells.ToImmutable(), location));
        }
        return rows;
    }

    /// <summary>
    /// Joins a header label set over several lines ("商业" / "企业", "结果" / "维持") into the line where it
    /// starts: the fragments cover the same columns and stand one line apart, with nothing between them.
    /// </summary>
    private static void JoinHeaderLines(List<Anchor> header)
    {
        for (var i = 1; i < header.Count; i++)
        {
            var current = header[i];
            for (var k = current.Header.Count - 1; k >= 0; k--)
            {
                var (first, last, fragment) = current.Header[k];
                for (var j = i - 1; j >= 0; j--)
                {
                    var above = header[j].Header.FindIndex(h => h.First <= last && h.Last >= first);
                    if (above < 0)
                    {
                        continue;
                    }
                    var (aFirst, aLast, aFragment) = header[j].Header[above];
                    if (aFirst == first && aLast == last && aFragment.Bottom - fragment.Top <= 1.6 * fragment.Height)
                    {
                        header[j].Header[above] = (aFirst, aLast, aFragment with { Text = aFragment.Text + fragment.Text, Bottom = fragment.Bottom });
                        current.Header.RemoveAt(k);
                    }
                    break;
                }
            }
        }
    }

    private static void AddHeader(Anchor anchor, IEnumerable<Fragment> fragments, List<Slot> slots)
    {
        foreach (var fragment in fragments)
        {
            var covered = Enumerable.Range(0, slots.Count).Where(s => Overlaps(slots[s], fragment.Left, fragment.Right)).ToList();
            if (covered.Count == 0)
            {
                var nearest = Enumerable.Range(0, slots.Count).MinBy(s => Math.Abs((slots[s].Left + slots[s].Right) / 2 - (fragment.Left + fragment.Right) / 2));
                covered = [nearest];
            }
            anchor.Header.Add((covered[0], covered[^1], fragment));
        }
    }

    /// <summary>
    /// A row's label cells, left to right: fragments that stand over one another (a label wrapped in its
    /// cell, however the lines are indented) are one cell; fragments side by side are separate cells.
    /// </summary>
    private static IEnumerable<string> LabelCells(List<Fragment> labels)
    {
        var cells = new List<List<Fragment>>();
        foreach (var fragment in labels.OrderBy(f => f.Left))
        {
            var cell = cells.FirstOrDefault(c => c.Any(f => f.Left < fragment.Right && fragment.Left < f.Right));
            if (cell is null)
            {
                cells.Add([fragment]);
            }
            else
            {
                cell.Add(fragment);
            }
        }
        return cells.OrderBy(c => c.Min(f => f.Left))
            .Select(c => string.Concat(c.OrderByDescending(f => Math.Round(f.Top)).ThenBy(f => f.Left).Select(f => f.Text)).Trim())
            .Where(t => t.Length > 0);
    }

    private static bool Overlaps(Slot slot, double left, double right) => left <= slot.Right + 0.5 && right >= slot.Left - 0.5;

    private static List<Slot> Slots(IEnumerable<(double Left, double Right)> extents)
    {
        var slots = new List<Slot>();
        foreach (var (left, right) in extents.OrderBy(e => e.Left))
        {
            if (slots.Count > 0 && left <= slots[^1].Right + 0.5)
            {
                slots[^1] = slots[^1] with { Right = Math.Max(slots[^1].Right, right) };
            }
            else
            {
                slots.Add(new Slot(left, right));
            }
        }
        return slots;
    }

    /// <summary>The figures of a line: numbers standing apart from the words around them, as table cells do.</summary>
    private static IEnumerable<PdfWord> FigureWords(PdfLine line)
    {
        var words = line.Words;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (!IsNumber(word.Text))
            {
                continue;
            }
            var gap = 0.8 * word.Height;
            var apartBefore = i == 0 || word.Left - words[i - 1].Right > gap || IsNumber(words[i - 1].Text);
            var apartAfter = i == words.Count - 1 || words[i + 1].Left - word.Right > gap || IsNumber(words[i + 1].Text);
            if (apartBefore && apartAfter)
            {
                yield return word;
            }
        }
    }

    private static bool IsNumber(string text)
    {
        var t = text.Trim();
        return t.Length > 0 && !t.EndsWith('.') && CellTextParser.Parse(t).Kind == CellTextKind.Number;
    }

    private sealed record Run(Fragment Fragment, bool IsFigure)
    {
        public double Right => Fragment.Right;

        public string Text => Fragment.Text;
    }

    /// <summary>A line's words joined into runs where they stand close together; figures are runs of their own.</summary>
    private static List<Run> Runs(PdfLine line, HashSet<PdfWord>? figures = null)
    {
        var runs = new List<Run>();
        var current = new List<PdfWord>();
        void Close()
        {
            if (current.Count > 0)
            {
                var f = new Fragment(line.Page, current[0].Left, current[^1].Right, current.Max(w => w.Top), current.Min(w => w.Bottom), PdfLayout.Join(current));
                runs.Add(new Run(f, figures is not null && current.Count == 1 && figures.Contains(current[0])));
                current.Clear();
            }
        }
        foreach (var word in line.Words)
        {
            var isFigure = figures?.Contains(word) == true;
            if (current.Count > 0 && (isFigure || figures?.Contains(current[^1]) == true || word.Left - current[^1].Right > 1.2 * word.Height))
            {
                Close();
            }
            current.Add(word);
        }
        Close();
        return runs;
    }
}
