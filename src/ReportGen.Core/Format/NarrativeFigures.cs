using System.Collections.Immutable;

namespace ReportGen.Format;

/// <summary>A word of the prose that names a figure.</summary>
/// <param name="SentenceMustMention">
/// For words that are common outside this context ("收到", "办结"): the sentence must mention this
/// too, so "收到市人大代表建议 50 件" is not read as applications.
/// </param>
/// <param name="Qualified">
/// A longer wording that names only part of the phrase's figure ("一审行政诉讼": first-instance suits,
/// not every suit): it takes the figure that follows, and no rule compares it.
/// </param>
/// <param name="Broad">
/// A wording that reports also use for the phrase's figure together with <see cref="NarrativePhrase.BroadCells"/>
/// ("收到申请 75 件" where 74 are new and 1 was carried over): either figure agrees with the table.
/// </param>
internal sealed record PhraseWord(string Text, string? SentenceMustMention = null, bool Qualified = false, bool Broad = false);

/// <summary>A kind of figure the narrative quotes (R9) and the table cells that must add up to it.</summary>
/// <param name="Name">How findings name it, e.g. "本年新收".</param>
/// <param name="BroadCells">What a <see cref="PhraseWord.Broad"/> word's figure may include besides <paramref name="Cells"/>.</param>
internal sealed record NarrativePhrase(string Name, ImmutableArray<PhraseWord> Words, TableSpec Table, ImmutableArray<CellRef> Cells,
    ImmutableArray<CellRef> BroadCells = default)
{
    /// <summary>The template expression that prints the figure, so the prose cannot diverge from the table.</summary>
    public string Template => string.Join(" + ", Cells.Select(c => $"{Table.Key}.{c.Row}.{c.Column}"));
}

/// <summary>
/// R9 and R10 as data: which words of the prose name which table figures, and which claims are
/// checked. Names come from the labels of <see cref="StatutoryFormat"/>, so a label is typed once.
/// </summary>
internal static class NarrativeFigures
{
    /// <summary>Prose names handled applications with verbs, not with the table's label "（七）总计".</summary>
    private const string Application = "申请";

    private static readonly string[] Conjunctions = ["及", "和", "与", "、"];

    /// <summary>Instances of a lawsuit: "一审行政诉讼案件 687 件" counts first-instance suits only.</summary>
    private static readonly string[] TrialStages = ["一审", "二审", "再审"];

    public static readonly ImmutableArray<NarrativePhrase> Phrases = Build();

    /// <summary>A claim that every review or lawsuit was upheld (docs/format.md, "What published reports get wrong").</summary>
    public static readonly ImmutableArray<string> AllUpheldClaims = ["均获维持", "全部维持", "均被维持", "均予维持", "均维持", "均为维持", "均予以维持", "均得到维持", "均依法维持", "均被依法维持", "全部被维持", "全部获得维持", "全部予以维持", "全部得到维持"];

    /// <summary>The 表四 column that "维持" claims; every other part column contradicts the claim.</summary>
    public const string UpheldColumn = ReviewKeys.Upheld;

    /// <summary>Sub-counts follow this word ("其中建议 22 件"); a figure after it is not the phrase's total.</summary>
    public const string SubCountWord = "其中";

    /// <summary>A sentence stating the statistical period (R10) mentions this.</summary>
    public const string PeriodWord = "统计";

    // Looked up once: every "均获维持" of every report compares tokens against these two.
    public static NarrativePhrase Review { get; } = Phrases.First(p => p.Cells.All(c => c.Row == ReviewKeys.Review));

    public static NarrativePhrase Litigation { get; } = Phrases.First(p => p.Cells.Any(c => c.Row == ReviewKeys.DirectSuit));

    private static ImmutableArray<NarrativePhrase> Build()
    {
        var a = StatutoryFormat.Applications;
        var r = StatutoryFormat.Reviews;
        var aTotal = a.Columns.Single(c => c.IsTotal).Key;
        var rTotal = r.Columns.Single(c => c.IsTotal).Key;
        const string Suffix = "政府信息公开申请数量";

        // The first word is the name findings use; the others are how prose says the same (not table labels).
        NarrativePhrase Row(TableSpec table, string row, params PhraseWord[] words) =>
            new(words[0].Text, [.. words], table, [new CellRef(row, table.Columns.Single(c => c.IsTotal).Key)]);

        NarrativePhrase Group(string firstRow)
        {
            var group = a.Row(firstRow).Groups[^1];
            var cells = a.Rows.Where(x => x.Groups.Length > 0 && x.Groups[^1] == group).Select(x => new CellRef(x.Key, aTotal));
            return new(Bare(group), [new PhraseWord(Bare(group))], a, [.. cells]);
        }

        PhraseWord Label(string row) => new(Bare(a.Row(row).Label).Replace(Suffix, string.Empty, StringComparison.Ordinal));

        var litigation = r.Row(ReviewKeys.DirectSuit).Groups[0];
        return
        [
            // "收到…申请" is how most reports say 新收; 受理 is not: it may count a narrower scope (docs/format.md, "What published reports get wrong").
            // Some count what they "received" with what was carried over from last year: either total agrees.
            Row(a, ApplicationKeys.New, Label(ApplicationKeys.New), new PhraseWord("新收"), new PhraseWord("收到", Application, Broad: true)) with
            {
                BroadCells = [new CellRef(ApplicationKeys.CarriedOver, aTotal)],
            },
            Row(a, ApplicationKeys.CarriedOver, Label(ApplicationKeys.CarriedOver)),
            // "同意公开答复 9 件", "不予公开答复 2 件": answers of one outcome, not every answer.
            Row(a, ApplicationKeys.Handled,
            [
                new PhraseWord("办理", Application), new PhraseWord("办结", Application),
                new PhraseWord("答复", Application), new PhraseWord("办理完毕", Application),
                .. new[] { "同意公开", Label(ApplicationKeys.Granted).Text, Label(ApplicationKeys.Partial).Text, Bare(a.Row(ApplicationKeys.WithheldSecret).Groups[^1]) }
                    .Select(outcome => new PhraseWord(outcome + "答复", Qualified: true)),
            ]),
            // The full label is a word too, so "继续办理" inside it is not read as the handled total.
            Row(a, ApplicationKeys.CarriedForward, new PhraseWord("结转下年度"), Label(ApplicationKeys.CarriedForward),
                new PhraseWord("结转至下年度"), new PhraseWord("结转到下年度"), new PhraseWord("转下一年度"), new PhraseWord("转入下一年度")),
            Row(a, ApplicationKeys.Granted, Label(ApplicationKeys.Granted)),
            Row(a, ApplicationKeys.Partial, Label(ApplicationKeys.Partial)),
            // "予以公开及部分公开 258 件" states the two rows together, not 部分公开 alone.
            new($"{Label(ApplicationKeys.Granted).Text}及{Label(ApplicationKeys.Partial).Text}",
                [.. Conjunctions.Select(and => new PhraseWord($"{Label(ApplicationKeys.Granted).Text}{and}{Label(ApplicationKeys.Partial).Text}"))],
                a, [new CellRef(ApplicationKeys.Granted, aTotal), new CellRef(ApplicationKeys.Partial, aTotal)]),
            Group(ApplicationKeys.WithheldSecret),
            Group(ApplicationKeys.UnavailableNotHeld),
            Group(ApplicationKeys.NotProcessedPetition),
            Group(ApplicationKeys.OtherNoCorrection),
            Row(r, ReviewKeys.Review, new PhraseWord(r.Row(ReviewKeys.Review).Label)),
            new(litigation, [new PhraseWord(litigation), .. TrialStages.Select(stage => new PhraseWord(stage + litigation, Qualified: true))], r,
                [.. r.Rows.Where(x => x.Groups.Contains(litigation)).Select(x => new CellRef(x.Key, rTotal))]),
        ];
    }

    /// <summary>"（一）予以公开" → "予以公开"; "（二）部分公开（区分处理的…）" → "部分公开"; "一、本年新收…" → "本年新收…".</summary>
    private static string Bare(string label)
    {
        var text = label;
        if (text.StartsWith('（'))
        {
            text = text[(text.IndexOf('）', StringComparison.Ordinal) + 1)..];
        }
        else if (text.IndexOf('、', StringComparison.Ordinal) is var comma and > 0 and < 3)
        {
            text = text[(comma + 1)..];
        }
        var note = text.IndexOf('（', StringComparison.Ordinal);
        return note > 0 ? text[..note] : text;
    }
}
