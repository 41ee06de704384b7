namespace ReportGen.Format;

// The keys of the six sections and of the three tables, typed once: StatutoryFormat builds the sections and
// tables with them, and code that names one section or table (a content rule about section 五, the page)
// uses the constant, so a key cannot drift between the format and a rule about it (docs/format.md, "Sections").

/// <summary>Keys of the six sections of the report (<see cref="SectionSpec.Key"/>): report.json headings, templates, narratives.</summary>
internal static class SectionKeys
{
    public const string Overview = "overview", Active = "active", Applications = "applications", Reviews = "reviews",
        Problems = "problems", Other = "other";
}

/// <summary>Keys of the three statutory tables (<see cref="TableSpec.Key"/>): templates, report.json, code.</summary>
internal static class TableKeys
{
    public const string Active = "active", Applications = "applications", Reviews = "reviews";
}
