using System.Collections.Immutable;
using ReportGen.Model;

namespace ReportGen.Import;

/// <summary>Which edition of the statutory format the published report follows.</summary>
internal enum ImportedFormat
{
    /// <summary>国办公开办函〔2021〕30号.</summary>
    Current,

    /// <summary>The trial format of 国办公开办函〔2019〕60号 (its 表二 at least).</summary>
    Trial2019,

    /// <summary>A 2021 表二 with the 2019 one-row （六）其他处理 in 表三.</summary>
    Hybrid,
}

/// <summary>
/// What importing a published report produced: the report (null when not even the agency and year
/// could be read) and every finding, each at the line or paragraph of the source it concerns.
/// </summary>
internal sealed record ImportOutcome(Report? Report, ImportedFormat Format, ImmutableArray<Diagnostic> Diagnostics) : JobOutcome(Diagnostics);
