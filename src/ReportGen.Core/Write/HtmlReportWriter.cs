using System.Text;
using ReportGen.Model;

namespace ReportGen.Write;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as one self-contained HTML5 page for a 政府信息公开专栏:
/// no script, no external style sheet, font or image, so a CMS can take the file as it is. The
/// style (screen, phone, A4 print) is inline (<see cref="HtmlStyle"/>); the same document gives
/// the same bytes.
/// </summary>
internal sealed class HtmlReportWriter
{
    public void Write(ReportDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);

        var blocks = document.Blocks.IsDefault ? [] : document.Blocks;
        foreach (var table in blocks.OfType<TableBlock>())
        {
            DocxTables.CheckShape(table);
        }

        var html = new StringBuilder(64 * 1024);
        var title = blocks.OfType<ParagraphBlock>().FirstOrDefault(b => b.Role == ParagraphRole.Title)?.Text ?? document.Title;
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        HtmlText.Append(html, OneLine(title));
        html.Append("</title>\n<style>\n").Append(HtmlStyle.Css).Append("</style>\n</head>\n<body>\n<main class=\"report\">\n");

        if (!blocks.Any(b => b is ParagraphBlock { Role: ParagraphRole.Title }) && !string.IsNullOrWhiteSpace(document.Title))
        {
            Paragraph(html, ParagraphBlock.Of(ParagraphRole.Title, document.Title));
        }
        var tableNumber = 0;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    Paragraph(html, paragraph);
                    break;
                case TableBlock table:
                    HtmlTables.Write(html, table, $"table-{++tableNumber}");
                    break;
                default:
                    throw new ArgumentException($"未知的文档块类型：{block.GetType().Name}", nameof(document));
            }
        }
        if (document.Signature is { } signature)
        {
            html.Append("<p class=\"signature\">");
            HtmlText.Append(html, signature.Agency);
            html.Append("<br>");
            HtmlText.Append(html, signature.Date);
            html.Append("</p>\n");
        }
        html.Append("</main>\n</body>\n</html>\n");

        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(html.ToString());
        output.Write(bytes);
    }

    private static void Paragraph(StringBuilder html, ParagraphBlock block)
    {
        var (open, close) = block.Role switch
        {
            ParagraphRole.Title => ("<h1>", "</h1>"),
            ParagraphRole.Heading1 => ("<h2>", "</h2>"),
            ParagraphRole.Heading2 => ("<h3>", "</h3>"),
            ParagraphRole.Heading3 => ("<h4>", "</h4>"),
            ParagraphRole.Heading4 => ("<h5>", "</h5>"),
            _ => ("<p>", "</p>"),
        };
        html.Append(open);
        foreach (var run in block.Runs)
        {
            // A run-in heading keeps its level's face, as in the Word document.
            var (runOpen, runClose) = run.Style switch
            {
                RunStyle.Bold => ("<strong>", "</strong>"),
                RunStyle.Heading2 => ("<span class=\"run-in-2\">", "</span>"),
                RunStyle.Heading3 => ("<span class=\"run-in-3\">", "</span>"),
                _ => (string.Empty, string.Empty),
            };
            html.Append(runOpen);
            HtmlText.Append(html, run.Text);
            html.Append(runClose);
        }
        html.Append(close).Append('\n');
    }

    private static string OneLine(string text) => string.Join(' ', text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}
