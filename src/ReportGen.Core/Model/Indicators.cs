using System.Collections.Immutable;
using ReportGen.Format;

namespace ReportGen.Model;

/// <summary>
/// One indicator of a report (<see cref="IndicatorCatalog"/>), and with last year's report its change.
/// Nothing here is NaN or infinite: what cannot be computed is null, with the reason.
/// </summary>
/// <param name="Percent">Numerator ÷ denominator × 100, rounded to 2 decimals (half away from zero); null when the denominator is 0.</param>
/// <param name="Reason">Why <paramref name="Percent"/> is null.</param>
/// <param name="PreviousPercent">Last year's percentage (check --previous), else null.</param>
/// <param name="Change">This year's percentage minus last year's, in percentage points.</param>
/// <param name="Growth">The change relative to last year's percentage, in per cent ("同比增长 12.5%"); null when last year's is 0.</param>
/// <param name="ChangeReason">Why <paramref name="Change"/> or <paramref name="Growth"/> is null.</param>
internal sealed record Indicator(
    IndicatorSpec Spec, decimal Numerator, decimal Denominator, decimal? Percent, string? Reason,
    decimal? PreviousPercent, decimal? Change, decimal? Growth, string? ChangeReason);

internal static class Indicators
{
    /// <summary>Every indicator of <paramref name="report"/>; with <paramref name="previous"/>, their change on last year.</summary>
    public static ImmutableArray<Indicator> Of(Report report, Report? previous)
    {
        var builder = ImmutableArray.CreateBuilder<Indicator>(IndicatorCatalog.All.Length);
        foreach (var spec in IndicatorCatalog.All)
        {
            var (numerator, denominator, exact) = Ratio(spec, report);
            var reason = exact is null ? $"{spec.DenominatorName}为 0，{spec.Name}无法计算" : null;
            decimal? previousExact = previous is null ? null : Ratio(spec, previous).Exact;
            decimal? change = null, growth = null;
            string? changeReason;
            if (previous is null)
            {
                changeReason = "没有上年报告（check --previous），无法比较";
            }
            else if (exact is null || previousExact is null)
            {
                changeReason = exact is null ? reason : $"上年{spec.DenominatorName}为 0，上年{spec.Name}无法计算";
            }
            else
            {
                change = Round(exact.Value - previousExact.Value);
                growth = previousExact.Value == 0m ? null : Round((exact.Value - previousExact.Value) / previousExact.Value * 100m);
                changeReason = growth is null ? $"上年{spec.Name}为 0，增长率无法计算" : null;
            }
            builder.Add(new Indicator(spec, numerator, denominator, exact is { } e ? Round(e) : null, reason,
                previousExact is { } p ? Round(p) : null, change, growth, changeReason));
        }
        return builder.MoveToImmutable();
    }

    /// <summary>The two sums and the exact percentage (null when the denominator is 0).</summary>
    private static (decimal Numerator, decimal Denominator, decimal? Exact) Ratio(IndicatorSpec spec, Report report)
    {
        var table = report.Table(spec.Table.Key);
        var numerator = Sum(table, spec.Numerator);
        var denominator = Sum(table, spec.Denominator);
        return (numerator, denominator, denominator == 0m ? null : numerator / denominator * 100m);
    }

    private static decimal Sum(TableData table, ImmutableArray<CellRef> cells)
    {
        var sum = 0m;
        foreach (var cell in cells)
        {
            sum += table[cell.Row, cell.Column];
        }
        return sum;
    }

    /// <summary>2 decimals, half away from zero (四舍五入), without trailing zeros: 12.50 is written 12.5.</summary>
    private static decimal Round(decimal value) =>
        decimal.Round(value, 2, MidpointRounding.AwayFromZero) / 1.000000000000000000000000000000000m;
}
