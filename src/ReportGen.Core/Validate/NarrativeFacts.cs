using System.Collections.Immutable;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Validate;

/// <summary>R9: a figure of the prose and the table cells it must equal.</summary>
/// <param name="Broad">The cells a broad wording may add (<see cref="PhraseWord.Broad"/>); empty for any other.</param>
internal sealed record FigureCheck(NarrativePhrase Phrase, SourceLocation Location, decimal Stated, string Unit, ImmutableArray<CellFact> Cells,
    ImmutableArray<CellFact> Broad = default)
{
    public decimal Expected => Cells.Sum(c => c.Value.Value);

    /// <summary>Whether the stated figure is the table's, in the phrase's narrow or (for a broad wording) its broad sense.</summary>
    public bool Agrees => Stated == Expected || (!Broad.IsDefaultOrEmpty && Stated == Expected + Broad.Sum(c => c.Value.Value));
}

/// <summary>R9: "均获维持" and the 表四 cells (纠正, 其他, 尚未审结) that must all be 0 for it to be true.</summary>
internal sealed record UpheldClaimCheck(string Claim, SourceLocation Location, ImmutableArray<CellFact> NotUpheld)
{
    public decimal Contradicting => NotUpheld.Sum(c => c.Value.Value);
}

/// <summary>R10: a stated statistical period and the report year.</summary>
internal sealed record PeriodCheck(StatedPeriod Period, int Year, SourceLocation Location);

/// <summary>What R9 and R10 look at, read from the narrative files and the opening of report.json.</summary>
internal sealed record NarrativeFacts(ImmutableArray<FigureCheck> Figures, ImmutableArray<UpheldClaimCheck> Claims, ImmutableArray<PeriodCheck> Periods)
{
    /// <summary>The 表四 columns that contradict "均获维持" when not 0: every part but 结果维持.</summary>
    private static readonly ImmutableArray<string> UpheldParts =
        [.. StatutoryFormat.Reviews.Columns.Where(c => !c.IsTotal && c.Key != NarrativeFigures.UpheldColumn).Select(c => c.Key)];

    public static NarrativeFacts From(Report report)
    {
        var figures = ImmutableArray.CreateBuilder<FigureCheck>();
        var claims = ImmutableArray.CreateBuilder<UpheldClaimCheck>();
        var periods = ImmutableArray.CreateBuilder<PeriodCheck>();
        var year = report.Metadata.Year;
        foreach (var section in StatutoryFormat.Sections)
        {
            if (report.Narratives.GetValueOrDefault(section.Key) is not { } narrative)
            {
                continue;
            }
            var text = narrative.Text;
            var scanned = NarrativeScanner.Scan(text);
            foreach (var mention in NarrativeScanner.Figures(scanned))
            {
                var cells = Facts(report, mention.Phrase.Table, mention.Phrase.Cells);
                if (cells.Length == mention.Phrase.Cells.Length)
                {
                    var broad = mention.Broad && !mention.Phrase.BroadCells.IsDefaultOrEmpty ? Facts(report, mention.Phrase.Table, mention.Phrase.BroadCells) : [];
                    figures.Add(new FigureCheck(mention.Phrase, At(narrative, mention.Index), mention.Value, mention.Unit, cells,
                        broad.Length == (mention.Phrase.BroadCells.IsDefault ? 0 : mention.Phrase.BroadCells.Length) ? broad : []));
                }
            }
            foreach (var claim in NarrativeScanner.UpheldClaims(scanned))
            {
                var cells = claim.Rows.SelectMany(r => UpheldParts.Select(c => new CellRef(r, c)));
                claims.Add(new UpheldClaimCheck(claim.Claim, At(narrative, claim.Index), Facts(report, StatutoryFormat.Reviews, cells)));
            }
            foreach (var period in PeriodScanner.Periods(text, year))
            {
                periods.Add(new PeriodCheck(period, year, At(narrative, period.Index)));
            }
        }
        if (report.Metadata.Opening is { } opening)
        {
            // The loader keeps no line numbers for report.json values; the file is what the user needs.
            var file = new SourceLocation(report.Metadata.File, 0, 0);
            periods.AddRange(PeriodScanner.Periods(opening, year).Select(p => new PeriodCheck(p, year, file)));
        }
        return new NarrativeFacts(figures.ToImmutable(), claims.ToImmutable(), periods.ToImmutable());
    }

    private static ImmutableArray<CellFact> Facts(Report report, TableSpec spec, IEnumerable<CellRef> cells)
    {
        var table = report.Table(spec.Key);
        return [.. cells.Select(c => table.Cell(c) is { } v ? new CellFact(spec, c, spec.Column(c.Column).Kind, v) : null).OfType<CellFact>()];
    }

    /// <summary>1-based line and column of an index, columns counted in characters as editors show them.</summary>
    internal static SourceLocation At(NarrativeText narrative, int index)
    {
        var text = narrative.Text;
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        var line = 1 + text.AsSpan(0, lineStart).Count('\n');
        return new SourceLocation(narrative.File, line, index - lineStart + 1);
    }
}
