using ReportGen.Import.Pdf;
using ReportGen.Pdf;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Publish;

/// <summary>
/// `build -o r.pdf` on a machine without the document's fonts: LibreOffice substitutes what it has,
/// and with no Chinese face at all it draws empty boxes while the text layer still reads right. The
/// tool says so: a warning naming the substitute, or no PDF at all.
/// </summary>
public sealed class PdfFontTests
{
    [Theory]
    [InlineData("FangSong_GB2312", true)]
    [InlineData("FZXiaoBiaoSong-B05S", true)]
    [InlineData("SimHei", true)]
    [InlineData("KaiTi", true)]
    [InlineData("FandolFang-Regular", false)]
    [InlineData("NotoSansCJKjp-Regular-VKana", false)]
    [InlineData("FangSongX", false)]
    public void The_document_faces_are_known_by_their_PostScript_names(string face, bool documents) =>
        Assert.Equal(documents, PdfFontCheck.IsDocumentFace(face));

    [Theory]
    [InlineData("BAAAAA+FandolFang-Regular", "FandolFang-Regular")]
    [InlineData("FandolFang-Regular", "FandolFang-Regular")]
    [InlineData("ABC+Font", "ABC+Font")]
    public void A_subset_prefix_is_not_part_of_the_face(string name, string face) => Assert.Equal(face, PdfFaces.BaseName(name));

    [SkippableFact]
    public void Without_any_Chinese_font_no_PDF_of_empty_boxes_is_written()
    {
        ExternalTool.Require("soffice");
        using var temp = new TempFolder();
        // Only the Latin faces: what a minimal Linux with LibreOffice but no Chinese font package has.
        var conf = temp.File("fonts.conf");
        File.WriteAllText(conf, $"""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
            <fontconfig>
              <dir>/usr/share/fonts/truetype/liberation2</dir>
              <dir>/usr/share/fonts/truetype/liberation</dir>
              <dir>/usr/share/fonts/truetype/dejavu</dir>
              <cachedir>{temp.File("cache")}</cachedir>
            </fontconfig>
            """);
        var pdf = temp.File("r.pdf");

        var result = CliProcess.RunWith(Repo.Root, new Dictionary<string, string> { ["FONTCONFIG_FILE"] = conf },
            "build", "samples/liaocheng-culture-tourism-2023", "-o", pdf);

        Assert.True(result.ExitCode == 2, result.Stdout + result.Stderr);
        Assert.Contains("error F04", result.Stdout + result.Stderr, StringComparison.Ordinal);
        Assert.Contains("没有字形", result.Stdout + result.Stderr, StringComparison.Ordinal);
        Assert.Contains("fonts-noto-cjk", result.Stdout + result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(pdf));
    }

    [SkippableFact]
    public void With_substitute_faces_the_PDF_is_written_with_a_warning_that_names_them()
    {
        ExternalTool.Require("soffice");
        var pdffonts = ExternalTool.Require("pdffonts");
        using var temp = new TempFolder();
        var pdf = temp.File("r.pdf");

        // The free faces of tools/fonts.conf stand in for the official ones, as on a machine without them.
        var result = CliProcess.RunWith(Repo.Root, new Dictionary<string, string> { ["FONTCONFIG_FILE"] = Repo.Path_("tools", "fonts.conf") },
            "build", "samples/liaocheng-culture-tourism-2023", "-o", pdf);

        var output = result.Stdout + result.Stderr;
        Assert.True(result.ExitCode == 0, output);
        Assert.True(File.Exists(pdf));
        var warning = output.Split('\n').Single(l => l.Contains("warning F06", StringComparison.Ordinal));
        Assert.StartsWith(pdf, warning, StringComparison.Ordinal);
        // Every face the warning names is one the PDF embeds.
        var embedded = PdfText.Run(pdffonts, pdf);
        var named = warning[(warning.IndexOf("改用 ", StringComparison.Ordinal) + 3)..warning.IndexOf(" 显示", StringComparison.Ordinal)].Split('、');
        Assert.NotEmpty(named);
        Assert.All(named, face => Assert.Contains("+" + face, embedded, StringComparison.Ordinal));
        Assert.Contains("仿宋_GB2312", warning, StringComparison.Ordinal);
    }
}
