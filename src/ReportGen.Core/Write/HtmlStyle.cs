namespace ReportGen.Write;

/// <summary>
/// The page's only style sheet, inside the page. Screen: one readable column; on a phone the
/// tables scroll sideways inside their box and the page does not. Print: A4 with the GB/T 9704
/// margins (37/35/28/26 mm), 三号 body, header rows repeated, no row split across pages. Faces
/// are the official ones with the usual Windows, macOS and free fallbacks; no web font is loaded.
/// </summary>
internal static class HtmlStyle
{
    public const string Css = """
        :root { color: #000; background: #fff; }
        body { margin: 0; font-family: "仿宋_GB2312", "仿宋", FangSong, STFangsong, "Noto Serif CJK SC", "Source Han Serif SC", serif;
          font-size: 18px; line-height: 1.8; }
        .report { max-width: 46em; margin: 0 auto; padding: 1.5em 1.25em 3em; }
        h1 { font-family: "方正小标宋简体", "方正小标宋_GBK", "华文中宋", STZhongsong, "宋体", SimSun, "Noto Serif CJK SC", serif;
          font-size: 1.6em; font-weight: bold; line-height: 1.5; text-align: center; margin: 0.5em 0 1.2em; }
        h2 { font-family: "黑体", SimHei, "Heiti SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif;
          font-size: 1em; font-weight: normal; margin: 1.2em 0 0.4em; text-indent: 2em; }
        h3, .run-in-2 { font-family: "楷体_GB2312", "楷体", KaiTi, STKaiti, serif; font-weight: normal; }
        h3, h4, h5 { font-size: 1em; margin: 0.8em 0 0.3em; text-indent: 2em; }
        h4, .run-in-3 { font-weight: bold; }
        h5 { font-weight: normal; }
        p { margin: 0 0 0.4em; text-indent: 2em; text-align: justify; overflow-wrap: anywhere; }
        p.signature { text-indent: 0; text-align: right; margin: 2em 2em 0 0; }
        .table-scroll { max-width: 100%; overflow-x: auto; margin: 0.6em 0 1em; -webkit-overflow-scrolling: touch; }
        .table-scroll:focus { outline: 2px solid #1a5fb4; }
        table.statutory { border-collapse: collapse; width: 100%; font-family: "宋体", SimSun, "Noto Serif CJK SC", serif;
          font-size: 0.8em; line-height: 1.4; }
        table.statutory.small { font-size: 0.72em; }
        caption { font-family: "黑体", SimHei, "Heiti SC", "Noto Sans CJK SC", sans-serif; font-size: 1.1em; padding: 0 0 0.4em; text-align: center; }
        th, td { border: 1px solid #000; padding: 0.3em 0.35em; text-align: center; vertical-align: middle; font-weight: normal; }
        th.left { text-align: left; }
        td { white-space: nowrap; font-family: "Times New Roman", "Liberation Serif", serif; font-variant-numeric: tabular-nums; }
        @media (max-width: 600px) {
          body { font-size: 16px; }
          .report { padding: 1em 0.75em 2em; }
          h1 { font-size: 1.35em; }
          /* The caption is as wide as its scrolling table: start it at the left, where the reader is. */
          caption { text-align: left; }
        }
        @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
        @media print {
          body { font-size: 16pt; line-height: 28.95pt; }
          .report { max-width: none; padding: 0; }
          h1 { font-size: 22pt; line-height: 1.4; }
          .table-scroll { overflow: visible; }
          table.statutory { min-width: 0 !important; font-size: 10.5pt; }
          table.statutory.small { font-size: 9pt; }
          thead { display: table-header-group; }
          tr, th, td { break-inside: avoid; }
          h2, h3, h4, h5, caption { break-after: avoid; }
          p { orphans: 2; widows: 2; }
        }

        """;
}
