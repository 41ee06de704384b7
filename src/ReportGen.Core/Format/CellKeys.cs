namespace ReportGen.Format;

// The keys of the rows and columns that code outside the table definitions names (a narrative phrase,
// an indicator, a content rule, an importer): typed once here, and used by StatutoryFormat to build
// the tables, so a key cannot drift between a table and a rule about it (docs/format.md, "The tables").

/// <summary>Keys of 表二 that are named outside its definition.</summary>
internal static class ActiveKeys
{
    public const string Normative = "normative", Decisions = "decisions";
}

/// <summary>Keys of 表三 that are named outside its definition.</summary>
internal static class ApplicationKeys
{
    public const string New = "new", CarriedOver = "carried_over", Granted = "granted", Partial = "partial",
        WithheldSecret = "withheld_secret", UnavailableNotHeld = "unavailable_not_held", NotProcessedPetition = "not_processed_petition",
        OtherNoCorrection = "other_no_correction", OtherNoFee = "other_no_fee", Handled = "handled", CarriedForward = "carried_forward";

    /// <summary>The column of the total over the applicant types.</summary>
    public const string Total = "total";
}

/// <summary>Keys of 表四 that are named outside its definition.</summary>
internal static class ReviewKeys
{
    public const string Review = "review", DirectSuit = "direct_suit";

    public const string Upheld = "upheld", Corrected = "corrected", Pending = "pending", Total = "total";
}
