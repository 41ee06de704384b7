using System.Collections.Immutable;
using System.Text;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Load;

/// <summary>
/// Turns the bytes of an input file into text without asking the user for an encoding:
/// UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode text"), and GB18030/GBK,
/// which is what Excel on a Chinese Windows saves as "CSV".
/// </summary>
internal static class TextDecoder
{
    /// <summary>A real table is a few kilobytes; anything past this is the wrong file, refused before it is parsed.</summary>
    public const int MaxBytes = 1 << 20;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);

    private static readonly Lazy<Encoding> StrictGb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    public static Outcome<string> Decode(byte[] bytes, string file)
    {
        if (bytes.Length > MaxBytes)
        {
            return Fail(file, 0, $"{file} 超过 {MaxBytes / 1024 / 1024} MB，不像是年报的数据文件", "请确认选对了文件：三张表的 CSV 通常只有几 KB");
        }
        if (bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4)
        {
            return Fail(file, 0, $"{file} 是 Excel 工作簿或压缩文件，不是 CSV 文本",
                "请在 Excel 中“另存为”→“CSV UTF-8（逗号分隔）”，再用该文件");
        }
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Ok(Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2));
        }
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Ok(Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2));
        }
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            return Fail(file, LineAt(bytes, nul), $"{file} 含有二进制内容（零字节），不是文本文件",
                "请用文本编辑器或 Excel 打开确认，并另存为 CSV 或 UTF-8 文本");
        }
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return Ok(StrictUtf8.GetString(bytes, start, bytes.Length - start));
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: either GB18030 from a Chinese Windows, or UTF-8 that was damaged.
        }
        var invalid = FirstInvalidUtf8(bytes, start, out var validMultiByte);
        if (start == 3 || (validMultiByte >= 4 && validMultiByte >= CountHighBytes(bytes) / 4))
        {
            return Fail(file, LineAt(bytes, invalid), $"{file} 是 UTF-8 编码，但第 {LineAt(bytes, invalid)} 行有损坏的字节（文件可能被截断或损坏）",
                "请从原始文件重新导出，或在文本编辑器中修正该行后以 UTF-8 保存");
        }
        try
        {
            return Ok(StrictGb18030.Value.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            return Fail(file, LineAt(bytes, invalid), $"{file} 的编码无法识别（既不是 UTF-8，也不是 GB18030/GBK）",
                "请在 Excel 中“另存为”→“CSV UTF-8（逗号分隔）”，或在文本编辑器中以 UTF-8 保存");
        }
    }

    private static int FirstInvalidUtf8(byte[] bytes, int start, out int validMultiByte)
    {
        validMultiByte = 0;
        var first = -1;
        var i = start;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            var need = b < 0x80 ? 0 : (b & 0xE0) == 0xC0 ? 1 : (b & 0xF0) == 0xE0 ? 2 : (b & 0xF8) == 0xF0 ? 3 : -1;
            var ok = need >= 0 && i + need < bytes.Length;
            for (var k = 1; ok && k <= need; k++)
            {
                ok = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (!ok)
            {
                if (first < 0)
                {
                    first = i;
                }
                i++;
                continue;
            }
            if (need > 0)
            {
                validMultiByte++;
            }
            i += need + 1;
        }
        return Math.Max(first, 0);
    }

    private static int CountHighBytes(byte[] bytes) => bytes.Count(b => b >= 0x80);

    private static int LineAt(byte[] bytes, int offset) =>
        1 + bytes.AsSpan(0, Math.Min(offset, bytes.Length)).Count((byte)'\n');

    private static Outcome<string> Ok(string text) => new(text, []);

    private static Outcome<string> Fail(string file, int line, string message, string hint) =>
        new(null, [new Diagnostic(RuleCatalog.Unreadable, new SourceLocation(file, line, 0), message, hint)]);
}
