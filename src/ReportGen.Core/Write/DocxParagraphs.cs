using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Model;
using ModelRunStyle = ReportGen.Model.RunStyle;
using WordRunStyle = DocumentFormat.OpenXml.Wordprocessing.RunStyle;

namespace ReportGen.Write;

/// <summary>Paragraph-level elements: role paragraphs, runs, the signature block, footers, the section.</summary>
internal static class DocxParagraphs
{
    public static Paragraph Role(ParagraphBlock block)
    {
        var paragraph = new Paragraph(new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.ParagraphStyleId(block.Role) },
        });
        foreach (var run in block.Runs)
        {
            AppendText(paragraph, run.Text, RunProps(run.Style));
        }
        return paragraph;
    }

    /// <summary>An empty body line: the spacer after the title and before the signature.</summary>
    public static Paragraph BlankLine() => new(new ParagraphProperties
    {
        ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.Normal },
    });

    /// <summary>
    /// GB/T 9704 §7.3.5.2 (unsealed): a blank line, the agency 2 字 from the right, the date below
    /// with its first character 2 字 right of the agency's; a longer date stands 2 字 from the right
    /// and pushes the agency left instead. Widths count digits as half a 字.
    /// </summary>
    public static IEnumerable<Paragraph> Signature(SignatureBlock signature)
    {
        var (agencyHalves, dateHalves) = SignatureIndents(signature);
        yield return BlankLine();
        yield return RightIndented(signature.Agency, agencyHalves, keepNext: true);
        yield return RightIndented(signature.Date, dateHalves, keepNext: false);
    }

    /// <summary>Right indents of agency and date in half 字.</summary>
    public static (int Agency, int Date) SignatureIndents(SignatureBlock signature)
    {
        const int twoChars = 4;
        var agencyWidth = XmlText.HalfCharWidth(signature.Agency);
        var dateWidth = XmlText.HalfCharWidth(signature.Date);
        var date = agencyWidth - dateWidth;
        return date >= twoChars
            ? (twoChars, date)
            : (twoChars + twoChars + dateWidth - agencyWidth, twoChars);
    }

    private static Paragraph RightIndented(string text, int halfChars, bool keepNext)
    {
        var properties = new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.Normal },
            // The indents assume a digit is exactly half a 字; Word's automatic CJK–digit spacing
            // would add about a quarter 字 at each change of script. (LibreOffice 7.4 ignores this.)
            AutoSpaceDE = new AutoSpaceDE { Val = false },
            AutoSpaceDN = new AutoSpaceDN { Val = false },
            Indentation = new Indentation
            {
                Right = Num(halfChars * GbLayout.CharTwips / 2),
                FirstLine = "0",
                FirstLineChars = 0,
            },
            Justification = new Justification { Val = JustificationValues.Right },
        };
        if (keepNext)
        {
            properties.KeepNext = new KeepNext();
        }
        var paragraph = new Paragraph(properties);
        AppendText(paragraph, text, null);
        return paragraph;
    }

    /// <summary>"— n —" in 四号宋体: odd pages right, even pages left, one 四号 character in.</summary>
    public static Footer PageNumberFooter(bool odd)
    {
        var properties = new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.Footer },
            Indentation = odd
                ? new Indentation { Right = Num(GbLayout.PageNumberIndent) }
                : new Indentation { Left = Num(GbLayout.PageNumberIndent) },
            Justification = new Justification { Val = odd ? JustificationValues.Right : JustificationValues.Left },
        };
        // U+2014 is the 一字线 the standard asks for; Word's "-1-" page styles use a hyphen.
        return new Footer(new Paragraph(
            properties,
            new Run(Preserved("— ")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text("1")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
            new Run(Preserved(" —"))));
    }

    public static SectionProperties Section(string oddFooterId, string evenFooterId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = oddFooterId },
        new FooterReference { Type = HeaderFooterValues.Even, Id = evenFooterId },
        new PageSize { Width = (uint)GbLayout.PageWidth, Height = (uint)GbLayout.PageHeight },
        new PageMargin
        {
            Top = GbLayout.MarginTop,
            Bottom = GbLayout.MarginBottom,
            Left = (uint)GbLayout.MarginLeft,
            Right = (uint)GbLayout.MarginRight,
            Header = (uint)GbLayout.HeaderDistance,
            Footer = (uint)GbLayout.FooterDistance,
            Gutter = 0U,
        },
        new Columns { Space = "425" },
        // "lines", not "linesAndChars": LibreOffice gives a 16 pt character two cells of a
        // character grid (14 per line); the −5 run spacing gets 28 per line everywhere.
        new DocGrid { Type = DocGridValues.Lines, LinePitch = GbLayout.LinePitch });

    /// <summary>Appends text as runs; '\n' becomes a line break and '\t' a tab so both survive.</summary>
    public static void AppendText(OpenXmlCompositeElement paragraph, string text, RunProperties? properties)
    {
        var clean = XmlText.Clean(text);
        if (clean.Length == 0)
        {
            return;
        }
        var run = new Run();
        if (properties is not null)
        {
            run.RunProperties = properties;
        }
        var start = 0;
        for (var i = 0; i <= clean.Length; i++)
        {
            if (i < clean.Length && clean[i] is not ('\n' or '\t'))
            {
                continue;
            }
            if (i > start)
            {
                run.Append(Preserved(clean[start..i]));
            }
            if (i < clean.Length)
            {
                run.Append(clean[i] == '\n' ? new Break() : new TabChar());
            }
            start = i + 1;
        }
        paragraph.Append(run);
    }

    private static RunProperties? RunProps(ModelRunStyle style) => style switch
    {
        ModelRunStyle.Plain => null,
        ModelRunStyle.Bold => new RunProperties { Bold = new Bold(), BoldComplexScript = new BoldComplexScript() },
        ModelRunStyle.Heading2 => new RunProperties { RunStyle = new WordRunStyle { Val = DocxStyles.RunInHeading2 } },
        ModelRunStyle.Heading3 => new RunProperties { RunStyle = new WordRunStyle { Val = DocxStyles.RunInHeading3 } },
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
    };

    private static Text Preserved(string text)
    {
        var t = new Text(text);
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            t.Space = SpaceProcessingModeValues.Preserve;
        }
        return t;
    }

    internal static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}
