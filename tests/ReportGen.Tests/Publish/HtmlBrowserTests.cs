using System.Globalization;
using ReportGen.Format;
using ReportGen.Model;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Publish;

/// <summary>
/// `build -o report.html` as a reader of the 专栏 gets it: the page in a real headless chromium at
/// desktop and phone widths. Screenshots go to artifacts/browser/ for a person to look at.
/// </summary>
public class HtmlBrowserTests
{
    private const int Desktop = 1280;
    private const int Phone = 390;

    [SkippableFact]
    public void Every_figure_of_every_table_reads_back_under_its_official_headers_with_the_official_merges()
    {
        using var browser = new Browser();
        using var temp = new TempFolder();
        var page = BuildPage(temp, WideTallies.Files());

        browser.Open(page, Desktop);
        browser.SaveFullPage(Screenshot("desktop.png"));
        browser.SaveElement("main > div.table-scroll:nth-of-type(2)", Screenshot("desktop-table3.png"));
        var tables = HtmlTableReader.Read(browser);

        Assert.Equal(StatutoryFormat.Tables.Length, tables.Count);
        foreach (var spec in StatutoryFormat.Tables)
        {
            var table = Assert.Single(tables, t => t.Caption == spec.DisplayName);
            var seen = new HashSet<CellRef>();
            foreach (var figure in table.Figures)
            {
                var cell = OfficialForm.CellOf(spec, figure);
                Assert.True(cell is not null, $"{spec.Number}: figure {figure.Text} under [{string.Join(" / ", figure.ColumnHeaders)}] beside [{string.Join(" / ", figure.RowHeaders)}] names no official cell");
                Assert.True(seen.Add(cell!.Value), $"{spec.Number}: {cell} appears twice");
                Assert.Equal(WideTallies.Figures[spec.Key][cell.Value], decimal.Parse(figure.Text, NumberStyles.Number, CultureInfo.InvariantCulture));
            }
            Assert.Equal(spec.Cells.Length, seen.Count);
            var expected = OfficialForm.Headers(spec);
            var actual = OfficialForm.Sorted(table.Headers);
            Assert.True(expected.SequenceEqual(actual), $"{spec.Number} header cells differ from the official form.\nmissing: {string.Join("; ", Except(expected, actual))}\nunexpected: {string.Join("; ", Except(actual, expected))}");
        }
    }

    [SkippableFact]
    public void On_a_phone_the_page_does_not_scroll_sideways_and_the_wide_tables_scroll_inside_their_box()
    {
        using var browser = new Browser();
        using var temp = new TempFolder();
        var page = BuildPage(temp, WideTallies.Files("聊城市文化和旅游局（聊城市广播电视局、聊城市文物局）"));

        browser.Open(page, Phone, 800);
        browser.SaveFullPage(Screenshot("phone.png"));
        browser.SaveElement("main > div.table-scroll:nth-of-type(2)", Screenshot("phone-table3.png"));

        Assert.Equal(Phone, browser.Script<long>("return window.innerWidth;"));
        Assert.True(browser.Script<long>("return document.documentElement.scrollWidth;") <= Phone, "the page itself scrolls sideways on a phone");
        Assert.True(Convert.ToDouble(browser.Script<object>("return parseFloat(getComputedStyle(document.querySelector('main p')).fontSize);"), CultureInfo.InvariantCulture) >= 14, "body text below 14 px on a phone");
        var boxes = browser.Script<System.Collections.ObjectModel.ReadOnlyCollection<object>>("""
            return Array.from(document.querySelectorAll('.table-scroll')).map(box => {
              const before = window.scrollX;
              box.scrollLeft = 10000;
              const r = box.getBoundingClientRect();
              return { caption: box.querySelector('caption').textContent, scrolls: box.scrollWidth > box.clientWidth,
                moved: box.scrollLeft > 0, pageMoved: window.scrollX !== before, right: r.right, overflow: getComputedStyle(box).overflowX };
            });
            """).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(StatutoryFormat.Tables.Length, boxes.Count);
        foreach (var box in boxes)
        {
            Assert.Equal("auto", box["overflow"]);
            Assert.False((bool)box["pageMoved"]);
            Assert.True(Convert.ToDouble(box["right"], CultureInfo.InvariantCulture) <= Phone, $"{box["caption"]} sticks out of the page");
            if ((string)box["caption"] != StatutoryFormat.Active.DisplayName)
            {
                // 表三's ten and 表四's fifteen columns cannot be read at 390 px: they scroll, the page does not.
                Assert.True((bool)box["scrolls"] && (bool)box["moved"], $"{box["caption"]} does not scroll inside its box");
            }
        }
    }

    /// <summary>The items of <paramref name="a"/> that <paramref name="b"/> lacks, counting repeats.</summary>
    private static List<PageHeader> Except(IEnumerable<PageHeader> a, IEnumerable<PageHeader> b)
    {
        var rest = b.ToList();
        return [.. a.Where(h => !rest.Remove(h))];
    }

    private static string BuildPage(TempFolder temp, SampleFiles files)
    {
        var folder = Path.Combine(temp.Path, "report");
        files.WriteTo(folder);
        var page = temp.File("report.html");
        var result = CliProcess.Run("build", folder, "-o", page);
        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        return page;
    }

    private static string Screenshot(string name)
    {
        var folder = Repo.Path_("artifacts", "browser");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
