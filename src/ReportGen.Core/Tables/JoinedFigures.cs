using System.Collections.Immutable;
using System.Globalization;
using ReportGen.Format;

namespace ReportGen.Tables;

/// <summary>
/// The figures of one line of a table whose cells a converter joined without separators ("713000074"):
/// the cells the line holds, in order, and the text of the run. Whitespace in the run is a cut the
/// source did keep ("0 1 1 0 2"); a cell never spans it.
/// </summary>
internal sealed record JoinedLine(ImmutableArray<CellRef> Cells, string Run);

/// <summary>A figure the report states elsewhere (its narrative) for one cell, with the words that state it.</summary>
internal sealed record FigurePin(CellRef Cell, decimal Value, string Evidence);

/// <summary>How the cut of one line was established.</summary>
internal enum JoinedCut
{
    /// <summary>The source kept a separator between every cell: nothing was recovered.</summary>
    Separated,

    /// <summary>Exactly one cut satisfies the line's own sum rules (or the line has a single way to be cut).</summary>
    ByLineSums,

    /// <summary>Several cuts satisfy the line's sums; the figures the narrative states leave one.</summary>
    ByNarrative,

    /// <summary>Several cuts per line; the table's rules across lines (column sums, balances) leave one combination.</summary>
    ByTableSums,
}

/// <param name="Values">The figure texts, one per cell; null when the line could not be cut unambiguously.</param>
/// <param name="Ways">How many cuts the line's digits and own sums allow.</param>
/// <param name="Pins">The narrative figures that decided the cut (for <see cref="JoinedCut.ByNarrative"/>).</param>
internal sealed record JoinedLineSplit(JoinedLine Line, ImmutableArray<string>? Values, JoinedCut Cut, int Ways, ImmutableArray<FigurePin> Pins);

/// <summary>The cut of every line, or why the table cannot be cut: the lines with no cut or several.</summary>
internal sealed record JoinedTableSplit(ImmutableArray<JoinedLineSplit> Lines)
{
    /// <summary>Every line has exactly one cut: the figures are proven by the table's own rules (and the narrative).</summary>
    public bool Solved => Lines.All(l => l.Values is not null);

    /// <summary>Whether any figure had to be recovered (some line was not already separated).</summary>
    public bool Recovered => Lines.Any(l => l.Cut != JoinedCut.Separated);
}

/// <summary>
/// Cuts runs of joined digits back into cells using only what proves a cut: no leading zeros, the
/// format's sum and balance rules (docs/format.md), and figures the report itself states. A line that
/// still has several cuts leaves the table unsolved; nothing is ever chosen among equals.
/// </summary>
internal static class JoinedFigures
{
    /// <summary>A count in a report has at most this many digits; longer parts are not figures of one cell.</summary>
    private const int MaxDigits = 9;

    /// <summary>Cuts kept per line; beyond this the line counts as ambiguous without listing them all.</summary>
    private const int MaxCandidates = 4096;

    /// <summary>Steps of the search over combinations of lines; beyond it the table counts as ambiguous.</summary>
    private const int MaxSteps = 200_000;

    public static JoinedTableSplit Split(TableSpec spec, IReadOnlyList<JoinedLine> lines, IReadOnlyList<FigurePin> pins)
    {
        var rules = Rules(spec);
        var candidates = new List<List<decimal[]>>();
        var ways = new List<int>();
        var cuts = new List<JoinedCut>();
        var used = new List<ImmutableArray<FigurePin>>();
        foreach (var line in lines)
        {
            var own = rules.Where(r => r.Cells.All(c => line.Cells.Contains(c))).ToList();
            var found = Cuts(spec, line, own, out var separated);
            ways.Add(found.Count);
            var cut = separated ? JoinedCut.Separated : JoinedCut.ByLineSums;
            var decided = ImmutableArray<FigurePin>.Empty;
            if (found.Count > 1)
            {
                // The narrative only decides between cuts the table allows; it never overrides a proven cut.
                var relevant = pins.Where(p => line.Cells.Contains(p.Cell)).ToList();
                var agreeing = found.Where(values => relevant.All(p => values[line.Cells.IndexOf(p.Cell)] == p.Value)).ToList();
                if (relevant.Count > 0 && agreeing.Count >= 1 && agreeing.Count < found.Count)
                {
                    found = agreeing;
                    decided = [.. relevant];
                    cut = JoinedCut.ByNarrative;
                }
            }
            candidates.Add(found);
            cuts.Add(cut);
            used.Add(decided);
        }

        var chosen = candidates.Select(c => c.Count == 1 ? c[0] : null).ToArray();
        if (candidates.All(c => c.Count >= 1) && candidates.Any(c => c.Count > 1))
        {
            var across = rules.Where(r => !lines.Any(l => r.Cells.All(c => l.Cells.Contains(c)))).ToList();
            if (Combine(lines, candidates, across) is { } combination)
            {
                for (var i = 0; i < lines.Count; i++)
                {
                    if (chosen[i] is null)
                    {
                        cuts[i] = JoinedCut.ByTableSums;
                    }
                    chosen[i] = combination[i];
                }
            }
        }
        return new JoinedTableSplit([.. lines.Select((line, i) => new JoinedLineSplit(line,
            chosen[i] is { } values ? [.. values.Select(v => v.ToString(CultureInfo.InvariantCulture))] : null, cuts[i], ways[i], used[i]))]);
    }

    /// <summary>A sum or balance rule as cells: <c>Left</c> must add up to <c>Right</c>.</summary>
    private sealed record Equation(ImmutableArray<CellRef> Left, ImmutableArray<CellRef> Right)
    {
        public ImmutableArray<CellRef> Cells { get; } = [.. Left, .. Right];

        public bool Holds(Func<CellRef, decimal> value) => Left.Sum(value) == Right.Sum(value);
    }

    private static List<Equation> Rules(TableSpec spec) =>
    [
        .. spec.Sums.Select(s => new Equation(s.Parts, [s.Total])),
        .. spec.Balances.Select(b => new Equation(b.Sources, b.Uses)),
    ];

    /// <summary>Every cut of the line into valid figures that keeps the line's own rules, up to <see cref="MaxCandidates"/>.</summary>
    private static List<decimal[]> Cuts(TableSpec spec, JoinedLine line, List<Equation> rules, out bool separated)
    {
        var tokens = line.Run.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var n = line.Cells.Length;
        separated = tokens.Length == n && tokens.Select((t, i) => Figure(t, Kind(spec, line.Cells[i])) is not null).All(ok => ok);
        var result = new List<decimal[]>();
        if (tokens.Length == 0 || tokens.Length > n)
        {
            return result;
        }
        // The rules a cell completes: checked as soon as their last cell is cut, which prunes early.
        var completes = Enumerable.Range(0, n).Select(k => rules.Where(r => r.Cells.Max(c => line.Cells.IndexOf(c)) == k).ToList()).ToArray();
        var values = new decimal[n];
        var steps = 0;
        decimal Value(CellRef c) => values[line.Cells.IndexOf(c)];

        void Walk(int token, int offset, int cell)
        {
            if (result.Count > MaxCandidates || ++steps > MaxSteps)
            {
                return;
            }
            if (cell == n)
            {
                if (token == tokens.Length)
                {
                    result.Add((decimal[])values.Clone());
                }
                return;
            }
            if (token == tokens.Length || n - cell < tokens.Length - token)
            {
                return;
            }
            var text = tokens[token];
            var kind = Kind(spec, line.Cells[cell]);
            for (var length = 1; offset + length <= text.Length; length++)
            {
                if (Figure(text.Substring(offset, length), kind) is not { } figure)
                {
                    if (length > MaxDigits + 5)
                    {
                        break;
                    }
                    continue;
                }
                values[cell] = figure;
                if (completes[cell].All(r => r.Holds(Value)))
                {
                    var end = offset + length == text.Length;
                    Walk(end ? token + 1 : token, end ? 0 : offset + length, cell + 1);
                }
            }
        }

        Walk(0, 0, 0);
        return result;
    }

    /// <summary>The one combination of the lines' cuts that keeps the rules across lines, or null (none, several, or too many to try).</summary>
    private static decimal[]?[]? Combine(IReadOnlyList<JoinedLine> lines, List<List<decimal[]>> candidates, List<Equation> rules)
    {
        var where = new Dictionary<CellRef, (int Line, int Index)>();
        for (var i = 0; i < lines.Count; i++)
        {
            for (var k = 0; k < lines[i].Cells.Length; k++)
            {
                where.TryAdd(lines[i].Cells[k], (i, k));
            }
        }
        // A rule with a cell no line holds cannot decide anything.
        var usable = rules.Where(r => r.Cells.All(where.ContainsKey)).ToList();
        var order = Enumerable.Range(0, lines.Count).OrderBy(i => candidates[i].Count).ToArray();
        var current = new decimal[]?[lines.Count];
        decimal[]?[]? found = null;
        var solutions = 0;
        var steps = 0;

        bool Consistent() => usable.All(r => r.Cells.Any(c => current[where[c].Line] is null)
            || r.Holds(c => current[where[c].Line]![where[c].Index]));

        void Walk(int depth)
        {
            if (solutions > 1 || ++steps > MaxSteps)
            {
                return;
            }
            if (depth == order.Length)
            {
                solutions++;
                found = (decimal[]?[])current.Clone();
                return;
            }
            var line = order[depth];
            foreach (var candidate in candidates[line])
            {
                current[line] = candidate;
                if (Consistent())
                {
                    Walk(depth + 1);
                }
            }
            current[line] = null;
        }

        Walk(0);
        return solutions == 1 && steps <= MaxSteps ? found : null;
    }

    private static CellKind Kind(TableSpec spec, CellRef cell) => spec.CellKinds[spec.IndexOf(cell)];

    /// <summary>A figure as one cell can hold it: "0", or digits without a leading zero; an amount may have a fraction.</summary>
    private static decimal? Figure(string text, CellKind kind)
    {
        var point = text.IndexOf('.');
        var whole = point < 0 ? text : text[..point];
        if (whole.Length is 0 or > MaxDigits || !whole.All(char.IsAsciiDigit) || (whole.Length > 1 && whole[0] == '0'))
        {
            return null;
        }
        if (point >= 0)
        {
            var fraction = text[(point + 1)..];
            if (kind != CellKind.Amount || fraction.Length is 0 or > 4 || !fraction.All(char.IsAsciiDigit))
            {
                return null;
            }
        }
        return decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }
}
