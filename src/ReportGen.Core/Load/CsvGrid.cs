using System.Collections.Immutable;
using CsvHelper;
using ReportGen.Format;
using ReportGen.Model;

namespace ReportGen.Load;

/// <summary>One non-blank record of a CSV file: the line it starts on and its trimmed cells.</summary>
internal sealed record CsvLine(int Line, ImmutableArray<string> Cells)
{
    public string this[int index] => index < Cells.Length ? Cells[index] : string.Empty;
}

/// <summary>The non-blank records of one CSV file.</summary>
internal sealed record CsvDocument(string File, ImmutableArray<CsvLine> Lines);

/// <summary>
/// The only place that knows CsvHelper. CsvHelper 34 is used on purpose: its reader is free of
/// reflection and publishes under Native AOT without trim warnings (33.x raises IL2104).
/// </summary>
internal static class CsvGrid
{
    /// <summary>The largest official table has 28 rows; a file with far more lines is the wrong file.</summary>
    public const int MaxRecords = 500;

    public static Outcome<CsvDocument> Read(string text, string file)
    {
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = false,
            DetectSeparatorHint = true,
            MaxRecordSize = 64 * 1024,
        };
        var lines = ImmutableArray.CreateBuilder<CsvLine>();
        try
        {
            using var reader = CsvReader.Create(new StringReader(text), options, false);
            while (reader.Read())
            {
                var line = (int)reader.LineNumber;
                var count = reader.FieldCount;
                var cells = ImmutableArray.CreateBuilder<string>(count);
                var blank = true;
                for (var i = 0; i < count; i++)
                {
                    var cell = reader.GetString(i);
                    if (cell.Contains('\n', StringComparison.Ordinal))
                    {
                        return Fail(file, line, i + 1, $"{file} 第 {line} 行第 {i + 1} 列的引号没有闭合（或单元格内含换行）",
                            "请检查该单元格的英文双引号是否成对，数据单元格不应包含换行");
                    }
                    var trimmed = cell.Trim().Trim('\u3000', '\uFEFF');
                    blank &= trimmed.Length == 0;
                    cells.Add(trimmed);
                }
                if (blank)
                {
                    continue;
                }
                if (lines.Count >= MaxRecords)
                {
                    return Fail(file, line, 0, $"{file} 超过 {MaxRecords} 行，不像是年报的统计表",
                        "请确认选对了文件：官方表格最多只有二十多行");
                }
                lines.Add(new CsvLine(line, cells.MoveToImmutable()));
            }
        }
        catch (Exception e) when (e is CsvFormatException or InvalidDataException or FormatException)
        {
            return Fail(file, 0, 0, $"{file} 不是有效的 CSV 文件", "请在 Excel 中重新“另存为”CSV");
        }
        return new Outcome<CsvDocument>(new CsvDocument(file, lines.ToImmutable()), []);
    }

    private static Outcome<CsvDocument> Fail(string file, int line, int column, string message, string hint) =>
        new(null, [new Diagnostic(RuleCatalog.BadShape, new SourceLocation(file, line, column), message, hint)]);
}
