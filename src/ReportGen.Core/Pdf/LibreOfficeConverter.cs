using System.Diagnostics;
using System.Globalization;
using ReportGen.Model;

namespace ReportGen.Pdf;

/// <summary>
/// LibreOffice headless, the converter the offices already use. All documents of a call go to one
/// `soffice --convert-to pdf` process: LibreOffice starts in seconds and converts each further
/// document in a fraction of that. Everything happens in a private temp folder (documents, PDFs and
/// a fresh LibreOffice profile, so a LibreOffice the user has open is neither used nor disturbed),
/// removed when the batch is disposed; the caller takes the PDFs one by one and writes them where
/// they belong. The fonts of the first PDF are checked for the whole batch (<see cref="PdfFontCheck"/>).
/// </summary>
internal sealed class LibreOfficeConverter : IPdfConverter
{
    /// <summary>Names an soffice to use instead of the one found on PATH.</summary>
    public const string ProgramVariable = "REPORTGEN_SOFFICE";

    /// <summary>A PDF larger than this is not a report; reading it would only exhaust memory.</summary>
    private const long MaxPdfBytes = 256L * 1024 * 1024;

    private static readonly TimeSpan StartUp = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan PerDocument = TimeSpan.FromSeconds(20);

    public const string InstallHint =
        "请安装 LibreOffice：Debian/Ubuntu 执行 sudo apt-get install --no-install-recommends libreoffice-writer-nogui fonts-noto-cjk；"
        + "Windows 或 macOS 从 LibreOffice 官网安装；或把环境变量 REPORTGEN_SOFFICE 设为 soffice 程序的路径。也可以只生成 .docx，另行转换";

    public PdfBatch Convert(IReadOnlyList<byte[]> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            return PdfBatch.Empty;
        }
        if (Locate() is not { } soffice)
        {
            return PdfBatch.Everyone(documents.Count, $"未找到 LibreOffice（soffice），无法生成 PDF。{InstallHint}");
        }

        DirectoryInfo? work = null;
        try
        {
            work = Directory.CreateTempSubdirectory("reportgen-pdf-");
            var input = Directory.CreateDirectory(Path.Combine(work.FullName, "in")).FullName;
            var output = Directory.CreateDirectory(Path.Combine(work.FullName, "out")).FullName;
            var names = new List<string>(documents.Count);
            for (var i = 0; i < documents.Count; i++)
            {
                var name = (i + 1).ToString("D5", CultureInfo.InvariantCulture);
                File.WriteAllBytes(Path.Combine(input, name + ".docx"), documents[i]);
                names.Add(name);
            }

            var run = Run(soffice, Path.Combine(work.FullName, "profile"), output, names.Select(n => Path.Combine(input, n + ".docx")), StartUp + (PerDocument * documents.Count));
            var folder = work;
            work = null; // the batch owns the folder now
            // The fonts are the machine's, the same for every report of the batch: the first PDF made tells for all.
            var fonts = new Lazy<PdfConversion?>(() => names.Select(n => new FileInfo(Path.Combine(output, n + ".pdf")))
                .FirstOrDefault(f => f.Exists && f.Length is > 0 and <= MaxPdfBytes) is { } first ? PdfFontCheck.Judge(File.ReadAllBytes(first.FullName)) : null,
                LazyThreadSafetyMode.ExecutionAndPublication);
            return new PdfBatch(documents.Count, i => Collect(Path.Combine(output, names[i] + ".pdf"), run, fonts), () => TryDelete(folder));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return PdfBatch.Everyone(documents.Count, $"无法准备 PDF 转换用的临时文件夹（{ex.Message}）。请检查系统临时文件夹的空间和权限后重试");
        }
        finally
        {
            if (work is not null)
            {
                TryDelete(work);
            }
        }
    }

    /// <summary>The soffice program: REPORTGEN_SOFFICE, then PATH, then where the installers put it.</summary>
    public static string? Locate()
    {
        if (Environment.GetEnvironmentVariable(ProgramVariable) is { Length: > 0 } named)
        {
            return File.Exists(named) ? Path.GetFullPath(named) : null;
        }
        var exe = OperatingSystem.IsWindows() ? ".exe" : string.Empty;
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => new[] { Path.Combine(dir, "soffice" + exe), Path.Combine(dir, "libreoffice" + exe) });
        string[] installed = OperatingSystem.IsWindows()
            ? [Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles), "LibreOffice", "program", "soffice.exe")]
            : OperatingSystem.IsMacOS()
                ? ["/Applications/LibreOffice.app/Contents/MacOS/soffice"]
                : ["/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice"];
        return onPath.Concat(installed).FirstOrDefault(File.Exists);
    }

    /// <summary>What the one soffice run left to say: null when it ended normally, otherwise why it did not.</summary>
    private static string? Run(string soffice, string profile, string output, IEnumerable<string> inputs, TimeSpan limit)
    {
        var start = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        // A fresh profile per run: a shared one makes parallel conversions fail or block, and a
        // running desktop LibreOffice would otherwise take the job over.
        start.ArgumentList.Add("-env:UserInstallation=" + new Uri(profile + Path.DirectorySeparatorChar).AbsoluteUri);
        foreach (var flag in (string[])["--headless", "--invisible", "--nologo", "--nodefault", "--norestore", "--nolockcheck", "--convert-to", "pdf:writer_pdf_Export", "--outdir", output])
        {
            start.ArgumentList.Add(flag);
        }
        foreach (var input in inputs)
        {
            start.ArgumentList.Add(input);
        }

        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return $"无法启动 LibreOffice（{soffice}：{ex.Message}）。{InstallHint}";
        }
        if (process is null)
        {
            return $"无法启动 LibreOffice（{soffice}）。{InstallHint}";
        }
        using (process)
        {
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(limit))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return $"LibreOffice 在 {limit.TotalSeconds:0} 秒内没有完成转换，已终止。请关闭其他占用资源的程序后重试，或分批生成";
            }
            process.WaitForExit();
            _ = stdout.Result;
            var error = stderr.Result.Trim();
            return process.ExitCode == 0 ? null
                : $"LibreOffice 转换失败（退出码 {process.ExitCode}{(error.Length > 0 ? "：" + FirstLine(error) : string.Empty)}）。请确认 LibreOffice 能正常运行（soffice --version），然后重试";
        }
    }

    private static PdfConversion Collect(string pdf, string? runFailure, Lazy<PdfConversion?> fonts)
    {
        var file = new FileInfo(pdf);
        if (!file.Exists || file.Length == 0)
        {
            return PdfConversion.Failed(runFailure ?? "LibreOffice 没有生成这份报告的 PDF。请用 LibreOffice 打开生成的 .docx 检查能否正常显示，然后重试");
        }
        if (file.Length > MaxPdfBytes)
        {
            return PdfConversion.Failed($"LibreOffice 生成的 PDF 超过 {MaxPdfBytes / 1024 / 1024} MB，不像一份年度报告。请检查报告内容");
        }
        try
        {
            var verdict = fonts.Value;
            if (verdict is { Failure: { } failure })
            {
                return PdfConversion.Failed(failure);
            }
            var bytes = File.ReadAllBytes(pdf);
            File.Delete(pdf); // read once: the batch's folder shrinks as its reports are written
            return new PdfConversion(bytes, null, verdict?.Warning);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return PdfConversion.Failed($"无法读取 LibreOffice 生成的 PDF（{ex.Message}）。请检查系统临时文件夹的空间和权限后重试");
        }
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    private static void TryDelete(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is harmless; the reports are already where they belong.
        }
    }
}
