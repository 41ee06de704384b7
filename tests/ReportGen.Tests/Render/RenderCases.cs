using System.Text.RegularExpressions;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Render;

/// <summary>
/// The documents a reviewer would try: the sample signed, the widest figures a city total reaches
/// (seven digits in every cell of 表三 and 表四), a long agency name with short narratives, lists,
/// and overviews of several lengths that move the tables across page breaks.
/// </summary>
internal static partial class RenderCases
{
    public const string SampleAgency = "聊城市文化和旅游局";
    public const string LongAgency = "中共聊城市委机构编制委员会办公室和聊城市文化市场综合执法支队";

    /// <summary>A sentence of the kind an overview grows by; its length moves everything after it.</summary>
    private const string Filler = "我局持续深化政务公开标准化规范化建设，进一步完善信息发布、政策解读和回应关切等工作机制，切实提升公开质量和实效。";

    public static IReadOnlyList<RenderCase> All { get; } =
    [
        new("sample", f => Signed(f), SampleAgency),
        new("widest", f => Lists(Widest(Signed(f))), SampleAgency),
        new("long-agency", f => Lists(Signed(Agency(f, LongAgency)).With("other.md", NoOther + "\n")), LongAgency),
        .. new[] { 3, 14 }.Select(n => new RenderCase($"overview-{n}", f => Signed(Longer(f, n * 29)), SampleAgency)),
        // Short last paragraphs that end at the foot of a page: without keep-with-next the 落款 opens the next one alone.
        .. new[] { 0, 14, 28 }.Select(n => new RenderCase($"short-end-{n}", f => Signed(f).With("other.md", NoOther + Filler[..n] + "\n"), SampleAgency)),
        // Last paragraphs longer than a page, ending at three heights of their last page.
        .. new[] { 11, 16, 19 }.Select(n => new RenderCase($"long-last-{n}", f => Signed(f).With("other.md", f["other.md"].TrimEnd() + string.Concat(Enumerable.Repeat(Filler, n)) + "\n"), SampleAgency)),
    ];

    /// <summary>Cases whose last paragraph is shorter than a page (LibreOffice can move it whole with the 落款).</summary>
    public static readonly string[] ShortEnds = ["long-agency", "short-end-0", "short-end-14", "short-end-28"];

    /// <summary>Cases whose last paragraph fills most of a page (the sample's) or runs over one.</summary>
    public static readonly string[] LongEnds = ["sample", "long-last-11", "long-last-16", "long-last-19"];

    private const string NoOther = "本年度无其他需要报告的事项。";

    /// <summary>The seven-digit figures of <see cref="Widest"/>.</summary>
    public static readonly string[] WideFigures = ["1666666", "9999996", "2499999", "9999999"];

    private static SampleFiles Signed(SampleFiles files) =>
        files.With("report.json", files["report.json"].TrimEnd().TrimEnd('}') + ",\n  \"signature\": { \"date\": \"2024-01-20\" }\n}\n");

    private static SampleFiles Agency(SampleFiles files, string agency) =>
        files.With("report.json", files["report.json"].Replace($"\"agency\": \"{SampleAgency}\"", $"\"agency\": \"{agency}\"", StringComparison.Ordinal));

    private static SampleFiles Longer(SampleFiles files, int characters)
    {
        var extra = string.Concat(Enumerable.Repeat(Filler, characters / Filler.Length + 1))[..characters];
        return files.With("overview.md", files["overview.md"].TrimEnd() + extra + "\n");
    }

    /// <summary>Every list shape: ordered "1." and "1)", bullets with and without their own marker, nested.</summary>
    private static SampleFiles Lists(SampleFiles files) => files.With("problems.md", files["problems.md"].TrimEnd() + """


        下一步重点做好以下工作：

        1. 加强培训。
        2. 完善制度。
           - 一是修订指南。
           - 细化目录。
        3. 强化监督。

        - 深化公开。
        - 优化平台。
          1) 栏目调整。
          2) 数据更新。

        """);

    /// <summary>
    /// Seven digits wherever the rules allow: each applicant column of 表三 receives 1666666 and answers
    /// all of them (total 9999996); each 表四 outcome is 2499999 (totals 9999996); 表二 counts 9999999.
    /// Totals are left blank and computed, so the tallies balance.
    /// </summary>
    private static SampleFiles Widest(SampleFiles files)
    {
        var apps = files["applications.csv"].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var wideApps = apps.Take(1).Concat(apps.Skip(1).Select(line =>
        {
            var label = CsvText.Split(line.TrimEnd('\r'))[0];
            var value = label.StartsWith("一、", StringComparison.Ordinal) || label.StartsWith("（一）", StringComparison.Ordinal)
                || label.StartsWith("（七）", StringComparison.Ordinal) ? "1666666" : "0";
            return CsvText.Join([label, .. Enumerable.Repeat(value, 6), string.Empty]);
        }));
        var reviews = files["reviews.csv"].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = CsvText.Split(reviews[0].TrimEnd('\r'));
        var wideReviews = CsvText.Join(header.Select(h => h.EndsWith("总计", StringComparison.Ordinal) ? string.Empty : "2499999"));
        var active = string.Join('\n', files["active.csv"].Split('\n').Select(line =>
            WideActiveRow().Replace(line, m => m.Groups[1].Value + Regex.Replace(m.Groups[2].Value, @"\d+", "9999999"))));
        return files
            .With("applications.csv", string.Join('\n', wideApps) + "\n")
            .With("reviews.csv", reviews[0] + "\n" + wideReviews + "\n")
            .With("active.csv", active);
    }

    [GeneratedRegex(@"^((?:规章|行政规范性文件|行政许可|行政处罚|行政强制),)(.*)$")]
    private static partial Regex WideActiveRow();
}
