using System.Collections.ObjectModel;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Publish;

/// <summary>A data cell as a reader of the page meets it: its text and the header cells that name it.</summary>
internal sealed record PageFigure(string Text, IReadOnlyList<string> ColumnHeaders, IReadOnlyList<string> RowHeaders, string? Group);

/// <summary>A header cell of a page table with its spans as the browser laid them out.</summary>
internal sealed record PageHeader(string Text, string Scope, int RowSpan, int ColumnSpan);

internal sealed record PageTable(string Caption, IReadOnlyList<PageFigure> Figures, IReadOnlyList<PageHeader> Headers);

/// <summary>
/// Reads every table back from the browser's DOM: places each cell on the grid by its rowspan and
/// colspan (the HTML table model), then names each data cell by the th scope="col" cells above it
/// in its column (in thead, or in its own tbody when there is none), the th scope="row" cells left
/// of it in its row, and its tbody's th scope="rowgroup". A wrong span names a figure wrongly.
/// </summary>
internal static class HtmlTableReader
{
    private const string Script = """
        const text = e => e.textContent.trim();
        return Array.from(document.querySelectorAll('table')).map(t => {
          const rows = Array.from(t.rows);
          const grid = rows.map(() => []);
          rows.forEach((tr, r) => {
            let c = 0;
            for (const cell of tr.cells) {
              while (grid[r][c]) c++;
              for (let dr = 0; dr < cell.rowSpan && r + dr < rows.length; dr++)
                for (let dc = 0; dc < cell.colSpan; dc++) grid[r + dr][c + dc] = cell;
              c += cell.colSpan;
            }
          });
          const figures = [];
          rows.forEach((tr, r) => {
            const group = tr.parentElement;
            const headRows = t.tHead ? Array.from(t.tHead.rows) : Array.from(group.rows);
            for (const cell of tr.cells) {
              if (cell.tagName !== 'TD') continue;
              const c = grid[r].indexOf(cell);
              const cols = [];
              for (const h of headRows) {
                const y = rows.indexOf(h);
                const th = grid[y][c];
                if (th && th.tagName === 'TH' && th.scope === 'col' && !cols.includes(th)) cols.push(th);
              }
              const rowHeads = [];
              for (let x = 0; x < c; x++) {
                const th = grid[r][x];
                if (th && th.tagName === 'TH' && th.scope === 'row' && !rowHeads.includes(th)) rowHeads.push(th);
              }
              const rg = group.querySelector('th[scope=rowgroup]');
              figures.push({ text: text(cell), cols: cols.map(text), rows: rowHeads.map(text), group: rg ? text(rg) : null });
            }
          });
          const headers = Array.from(t.querySelectorAll('th')).map(h => ({ text: text(h), scope: h.scope, rowSpan: h.rowSpan, colSpan: h.colSpan }));
          return { caption: t.caption ? text(t.caption) : '', figures, headers };
        });
        """;

    public static IReadOnlyList<PageTable> Read(Browser browser)
    {
        var tables = browser.Script<ReadOnlyCollection<object>>(Script);
        return [.. tables.Cast<IDictionary<string, object>>().Select(t => new PageTable(
            (string)t["caption"],
            [.. ((ReadOnlyCollection<object>)t["figures"]).Cast<IDictionary<string, object>>().Select(f => new PageFigure(
                (string)f["text"], Strings(f["cols"]), Strings(f["rows"]), f["group"] as string))],
            [.. ((ReadOnlyCollection<object>)t["headers"]).Cast<IDictionary<string, object>>().Select(h => new PageHeader(
                (string)h["text"], (string)h["scope"], (int)(long)h["rowSpan"], (int)(long)h["colSpan"]))]))];
    }

    private static string[] Strings(object list) => [.. ((ReadOnlyCollection<object>)list).Cast<string>()];
}
