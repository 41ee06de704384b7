using System.Collections.Immutable;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ReportGen.Model;

namespace ReportGen.Import.Html;

/// <summary>
/// Reads a report page saved from a 政府信息公开专栏 (AngleSharp): data tables as tables, with rowspan and
/// colspan spread over the grid as .docx merges are, and the article as paragraphs. The site's chrome
/// (navigation, header, footer, scripts, the page's metadata table) is left out: the article is the
/// smallest element holding the report's title and its statistical tables, and what precedes the title
/// in it is page furniture. Locations are source lines.
/// </summary>
internal sealed class HtmlReader
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "select",
        "button", "iframe", "object", "svg", "canvas", "title",
    };

    /// <summary>Class or id tokens that name a site's chrome rather than content.</summary>
    private static readonly HashSet<string> ChromeTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "navbar", "menu", "header", "footer", "foot", "breadcrumb", "crumb", "crumbs", "sidebar", "share", "topbar", "banner", "copyright",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "main", "blockquote", "center",
        "pre", "dl", "dt", "dd", "figure", "figcaption", "hr", "address", "caption", "tbody", "thead", "tfoot", "tr", "td", "th",
    };

    /// <summary>Whether the text looks like an HTML page rather than plain text that mentions a tag.</summary>
    public static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 4096)).TrimStart(['\uFEFF', ' ', '\t', '\r', '\n']);
        if (head.Length == 0 || head[0] != '<')
        {
            return false;
        }
        return head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<body", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.Contains("<table", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<p", StringComparison.OrdinalIgnoreCase) || head.Contains("<div", StringComparison.OrdinalIgnoreCase);
    }

    public SourceDocument Read(string file, string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(html);
        var body = (IElement?)document.Body ?? document.DocumentElement;
        // A page names its report in a heading; a capture's or the site's labelled fields ("标题：…") only repeat it.
        var candidates = body.Descendants<IElement>().Where(e => !IsSkipped(e) && !InTable(e) && !HasBlockChild(e)
            && PlainTextReader.LooksLikeTitle(Text(e))).ToList();
        var title = candidates.FirstOrDefault(e => e.LocalName is "h1" or "h2" or "h3") ?? candidates.FirstOrDefault();
        var tables = body.Descendants<IHtmlTableElement>().Where(t => !IsSkipped(t) && IsDataTable(t)).ToList();
        var root = Article(body, title, tables);
        var walker = new Walker(file, title);
        walker.Walk(root);
        return new SourceDocument(file, [.. walker.Blocks()], "行");
    }

    private static IElement Article(IElement body, IElement? title, List<IHtmlTableElement> tables)
    {
        var anchors = new List<IElement>(tables);
        if (title is not null)
        {
            anchors.Add(title);
        }
        if (anchors.Count == 0)
        {
            return body;
        }
        var root = anchors[0].ParentElement ?? body;
        foreach (var anchor in anchors.Skip(1))
        {
            while (!root.Contains(anchor) && root.ParentElement is { } parent)
            {
                root = parent;
            }
        }
        return root;
    }

    /// <summary>A table of figures, not a layout table: no table inside it, and a cell that is a number.</summary>
    private static bool IsDataTable(IHtmlTableElement table) =>
        !table.Descendants<IHtmlTableElement>().Any()
        && table.Rows.SelectMany(r => r.Cells).Any(c => TextShapes.IsFigure(Text(c)));

    private static bool InTable(IElement element) => element.Ancestors<IHtmlTableElement>().Any();

    private static bool HasBlockChild(IElement element) => element.Children.Any(c => BlockElements.Contains(c.LocalName) || c.LocalName == "table");

    private static bool IsSkipped(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (Skipped.Contains(e.LocalName) || IsChrome(e))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsChrome(IElement e) =>
        e.ClassList.Any(ChromeTokens.Contains) || (e.Id is { Length: > 0 } id && ChromeTokens.Contains(id));

    /// <summary>An element's visible text: whitespace runs (and &amp;nbsp;) collapsed, separate paragraphs of a cell joined.</summary>
    internal static string Text(IElement element)
    {
        var sb = new StringBuilder();
        Append(element, sb);
        return Collapse(sb.ToString());
    }

    private static void Append(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    sb.Append(text.Data);
                    break;
                case IElement e when e.LocalName.Equals("br", StringComparison.OrdinalIgnoreCase):
                    sb.Append(' ');
                    break;
                case IElement e when !Skipped.Contains(e.LocalName):
                    Append(e, sb);
                    break;
            }
        }
    }

    internal static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space && NeedsSpace(sb[^1], c))
            {
                sb.Append(' ');
            }
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Chinese runs together without spaces ("商业" + "企业"); Latin words and figures keep one.</summary>
    private static bool NeedsSpace(char before, char after) => char.IsAscii(before) && char.IsAscii(after) && !char.IsPunctuation(after);

    /// <summary>Walks the article in document order, emitting paragraphs and table rows.</summary>
    private sealed class Walker(string file, IElement? title)
    {
        private readonly List<SourceBlock> blocks = [];
        private readonly StringBuilder inline = new();
        private int inlineLine;
        private bool seenTitle = title is null;

        public List<SourceBlock> Blocks()
        {
            Flush();
            return blocks;
        }

        public void Walk(IElement element)
        {
            foreach (var child in element.ChildNodes)
            {
                switch (child)
                {
                    case IText text:
                        if (inline.Length == 0)
                        {
                            inlineLine = Line(element);
                        }
                        inline.Append(text.Data);
                        break;
                    case IElement e when Skipped.Contains(e.LocalName) || IsChrome(e):
                        break;
                    case IElement e when e.LocalName.Equals("br", StringComparison.OrdinalIgnoreCase):
                        Flush();
                        break;
                    case IHtmlTableElement table:
                        Flush();
                        Table(table);
                        break;
                    case IElement e when ReferenceEquals(e, title):
                        Flush();
                        seenTitle = true;
                        Paragraph(Text(e), Line(e));
                        break;
                    case IElement e when BlockElements.Contains(e.LocalName):
                        Flush();
                        Walk(e);
                        Flush();
                        break;
                    case IElement e:
                        if (inline.Length == 0)
                        {
                            inlineLine = Line(e);
                        }
                        Walk(e);
                        break;
                }
            }
        }

        private void Flush()
        {
            if (inline.Length == 0)
            {
                return;
            }
            var text = Collapse(inline.ToString());
            inline.Clear();
            if (text.Length > 0)
            {
                Paragraph(text, inlineLine);
            }
        }

        private void Paragraph(string text, int line)
        {
            if (!seenTitle)
            {
                // Before the title only a short line can belong to the report (the agency of a two-line title).
                blocks.RemoveAll(b => b is SourceParagraph);
                if (text.Length > 40)
                {
                    return;
                }
            }
            blocks.Add(new SourceParagraph(text, new SourceLocation(file, line, 0)));
        }

        private void Table(IHtmlTableElement table)
        {
            if (!IsDataTable(table))
            {
                // A layout table holds the page in its cells: read them as the page.
                foreach (var cell in table.Rows.SelectMany(r => r.Cells))
                {
                    Walk(cell);
                    Flush();
                }
                return;
            }
            if (!seenTitle)
            {
                return;
            }
            var pending = new Dictionary<(int Row, int Column), string>();
            var rowIndex = 0;
            foreach (var row in table.Rows)
            {
                var cells = ImmutableArray.CreateBuilder<SourceCell>();
                var column = 0;
                void TakeCovered()
                {
                    while (pending.Remove((rowIndex, column), out var above))
                    {
                        cells.Add(new SourceCell(above, true));
                        column++;
                    }
                }
                foreach (var cell in row.Cells)
                {
                    TakeCovered();
                    var text = Text(cell);
                    var span = Math.Clamp(cell.ColumnSpan, 1, 64);
                    var down = Math.Clamp(cell.RowSpan, 1, 256);
                    for (var k = 0; k < span; k++)
                    {
                        cells.Add(new SourceCell(text, k > 0));
                        for (var r = 1; r < down; r++)
                        {
                            pending[(rowIndex + r, column)] = text;
                        }
                        column++;
                    }
                }
                TakeCovered();
                blocks.Add(new SourceTableRow(new SourceRow(cells.ToImmutable(), new SourceLocation(file, Line(row), 0))));
                rowIndex++;
            }
        }

        private static int Line(IElement element) => element.SourceReference?.Position.Line ?? 0;
    }
}
