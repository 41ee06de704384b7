using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReportGen.Findings;
using ReportGen.Folders;
using ReportGen.Format;
using ReportGen.Json;
using ReportGen.Load;
using ReportGen.Model;
using ReportGen.Pipeline;
using ReportGen.Workbook;

namespace ReportGen.Web;

/// <summary>The page's form of one report folder: read from the folder, and back into the folder's files.</summary>
internal sealed class FolderForm(string folder, string? drafts = null)
{
    /// <summary>The folder's files through the disk adapter: what the page asks of the folder is what `check` reads.</summary>
    private readonly DirectoryReportSource source = new(folder);

    /// <summary>What was typed and not yet saved, kept outside the folder.</summary>
    public DraftStore Drafts { get; } = DraftStore.For(folder, drafts);

    /// <summary>Bounds on what the page may post, far above any real report and far below what would hurt.</summary>
    public const int MaxCellLength = 64, MaxFieldLength = 1000, MaxNarrativeLength = 200_000;

    public string Folder => folder;

    /// <summary>Every file the format names: report.json, the three CSVs and the six narratives.</summary>
    public static IEnumerable<string> FileNames =>
        StatutoryFormat.Tables.Select(t => t.FileName).Prepend(MetadataJsonLoader.FileName).Concat(StatutoryFormat.Sections.Select(s => s.NarrativeFile));

    /// <summary>The folder as `check` sees it, and the form the page starts from.</summary>
    public (ReportForm Form, CheckOutcome Check) Read()
    {
        var check = new ReportChecker().Check(folder, source);
        var form = new ReportForm();
        if (check.Report is { } report)
        {
            foreach (var spec in StatutoryFormat.Tables)
            {
                var table = report.Table(spec.Key);
                foreach (var cell in spec.Cells)
                {
                    // A computed total stays blank, so the page shows the sum until the person types one.
                    var value = table.Cell(cell);
                    form.Cells[$"{spec.Key}/{cell.Row}/{cell.Column}"] = value is { Origin: CellOrigin.Read }
                        ? value.Value.ToString(CultureInfo.InvariantCulture) : string.Empty;
                }
            }
            // A cell that is not a number keeps its text, so that saving writes back what the person wrote, not a blank.
            foreach (var d in check.Diagnostics)
            {
                if (d.CellText is { } text && FindingViews.CellOf(d) is { } key)
                {
                    form.Cells[key] = text;
                }
            }
        }
        foreach (var section in StatutoryFormat.Sections)
        {
            if (ReadText(section.NarrativeFile) is { } text)
            {
                form.Narratives[section.Key] = text;
            }
        }
        if (OriginalMetadata() is { } json)
        {
            form.Metadata = new FormMetadata
            {
                Agency = Text(json["agency"]),
                Year = Text(json["year"]),
                PublishDate = Text(json["publishDate"]),
                SignatureAgency = Text(json["signature"]?["agency"]),
                SignatureDate = Text(json["signature"]?["date"]),
            };
        }
        return (form, check);
    }

    /// <summary>Whether the folder's tables are one tables.xlsx (else three CSVs): 保存 keeps the form the folder has (#16: one or the other).</summary>
    public bool HasWorkbook => source.Exists(FolderLayout.WorkbookFile);

    /// <summary>
    /// Why the folder cannot be saved from the page, if it cannot: a file the page could not read would be
    /// replaced by what the page shows instead of it, and what the person wrote there would be lost.
    /// </summary>
    public string? WhyNotSavable()
    {
        var check = new ReportChecker().Check(folder, source);
        var present = FileNames.Append(FolderLayout.WorkbookFile).Where(source.Exists).ToList();
        if (check.Report is null && present.Count > 0)
        {
            return $"报告文件夹 {folder} 中有文件无法读取（见检查结果中的 F 与 C 类问题），为避免覆盖其中的内容，未保存。请先修正这些文件，再重新打开本页";
        }
        if (Unplaced(check) is { Count: > 0 } unplaced)
        {
            var first = unplaced[0];
            var more = unplaced.Count > 1 ? $"等 {unplaced.Count} 处" : string.Empty;
            return $"表格中有本页无法显示的内容（{first.Location}：{first.Message}{more}），保存会丢失它们，所以未保存。"
                + "请先在 WPS/Excel 中按检查结果修正这些行或列，再重新打开本页";
        }
        if (source.Exists(MetadataJsonLoader.FileName) && OriginalMetadata() is null)
        {
            return $"{Path.Combine(folder, MetadataJsonLoader.FileName)} 不是有效的 JSON 对象，为避免覆盖其中的内容，未保存。请先修正它";
        }
        return HasWorkbook ? WhyNotRewritable() : null;
    }

    /// <summary>
    /// What of the folder's tables the page has no cell for — a row or column it does not know, a repeated
    /// row, cells past the table's edge — and so would drop when it writes the tables anew from its cells.
    /// A table file that is empty or a sheet that is missing (no line) loses nothing.
    /// </summary>
    private static List<Diagnostic> Unplaced(CheckOutcome check) =>
    [
        .. check.Diagnostics.Where(d =>
            (d.Rule == RuleCatalog.UnknownRow || d.Rule == RuleCatalog.DuplicateRow || d.Rule == RuleCatalog.UnknownColumn || d.Rule == RuleCatalog.BadShape)
            && d.Location is { Line: > 0 } at && IsTableFile(Path.GetFileName(at.File))),
    ];

    private static bool IsTableFile(string name) =>
        name == FolderLayout.WorkbookFile || StatutoryFormat.Tables.Any(t => t.FileName == name);

    /// <summary>
    /// The workbook is written anew from the page's figures (<see cref="TablesWorkbook"/>): whatever else the
    /// person put in it must come back, or nothing is saved (README, "The page").
    /// </summary>
    private string? WhyNotRewritable()
    {
        var file = source.Open(FolderLayout.WorkbookFile, XlsxReader.MaxBytes);
        var shown = Path.Combine(folder, FolderLayout.WorkbookFile);
        if (file.State != SourceFileState.Found)
        {
            return $"无法读取 {shown}（{file.Problem?.Message}），未保存";
        }
        var losses = TablesWorkbookRewrite.Losses(file.Bytes);
        return losses.Count == 0 ? null
            : $"{shown} 中有本页不能写回的内容：{string.Join("、", losses)}。本页只写回三张表的数字，保存会丢失这些内容，所以未保存。"
              + $"请在 WPS 或 Excel 中把它们移到另一个文件（或删除）后再在本页保存，或直接在 WPS/Excel 中填写 {FolderLayout.WorkbookFile}";
    }

    /// <summary>
    /// The files the form makes, as bytes on disk, each in the shape its loader reads: the tables in the form
    /// the folder has (three CSVs, or tables.xlsx); every other key of report.json is kept.
    /// </summary>
    public SortedDictionary<string, byte[]> Files(ReportForm form)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [MetadataJsonLoader.FileName] = Encoded(MetadataJsonLoader.FileName, Metadata(form.Metadata)),
        };
        if (HasWorkbook)
        {
            files[FolderLayout.WorkbookFile] = TablesWorkbook.Write((spec, cell) => Figure(form, spec, cell));
        }
        else
        {
            foreach (var spec in StatutoryFormat.Tables)
            {
                files[spec.FileName] = Encoded(spec.FileName, TableCsvWriter.Write(spec, cell => Figure(form, spec, cell)));
            }
        }
        foreach (var section in StatutoryFormat.Sections)
        {
            var text = form.Narratives.GetValueOrDefault(section.Key, string.Empty).ReplaceLineEndings("\n");
            if (text.Trim().Length > 0 || source.Exists(section.NarrativeFile))
            {
                files[section.NarrativeFile] = Encoded(section.NarrativeFile, text);
            }
        }
        return files;
    }

    /// <summary>Whether <paramref name="form"/> would write the same files as <paramref name="other"/>.</summary>
    public bool SameFiles(ReportForm form, ReportForm other) =>
        Files(form).SequenceEqual(Files(other), FileComparer.Instance);

    private static string Figure(ReportForm form, TableSpec spec, CellRef cell) =>
        form.Cells.TryGetValue($"{spec.Key}/{cell.Row}/{cell.Column}", out var text) ? OneLine(text) : string.Empty;

    private static byte[] Encoded(string name, string text) => ReportFolderWriter.Encode(name, text);

    /// <summary>`check` of the folder as the form would save it: the same loader, rules and messages.</summary>
    public CheckOutcome Check(ReportForm form) => new ReportChecker().Check(folder, new FormSource(folder, Files(form)));

    /// <summary>A Chinese sentence when the form is out of bounds (the body limit caps the whole; this caps each field).</summary>
    public static string? Problem(ReportForm form)
    {
        if (form.Cells.Count > 2000 || form.Narratives.Count > 50)
        {
            return "提交的内容过多";
        }
        if (form.Cells.Values.Any(v => v is null || v.Length > MaxCellLength))
        {
            return $"单元格内容过长（每格最多 {MaxCellLength} 个字符）";
        }
        if (form.Narratives.Values.Any(v => v is null || v.Length > MaxNarrativeLength))
        {
            return $"叙述内容过长（每节最多 {MaxNarrativeLength} 个字符）";
        }
        var m = form.Metadata;
        string?[] fields = [m?.Agency, m?.Year, m?.PublishDate, m?.SignatureAgency, m?.SignatureDate];
        return m is null || fields.Any(f => f is null || f.Length > MaxFieldLength) ? "机关、年度或落款内容缺失或过长" : null;
    }

    /// <summary>A figure is one line, as in the page's input (which cannot hold a line break): a posted one becomes a space, so the cell stays in its row.</summary>
    private static string OneLine(string text) =>
        string.Create(text.Length, text, static (span, t) =>
        {
            for (var i = 0; i < t.Length; i++)
            {
                span[i] = char.IsControl(t[i]) ? ' ' : t[i];
            }
        }).Trim();

    private string Metadata(FormMetadata metadata)
    {
        var json = OriginalMetadata() ?? [];
        Set(json, "agency", metadata.Agency.Trim());
        var year = metadata.Year.Trim();
        // A year that is not a number is written as typed: the loader names the mistake, as for a hand-edited file.
        Set(json, "year", int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? JsonValue.Create(y) : Value(year));
        Set(json, "publishDate", metadata.PublishDate.Trim());
        var signatureAgency = metadata.SignatureAgency.Trim();
        var signatureDate = metadata.SignatureDate.Trim();
        if (signatureAgency.Length == 0 && signatureDate.Length == 0)
        {
            json.Remove("signature");
        }
        else
        {
            var signature = json["signature"] as JsonObject ?? [];
            json["signature"] = signature;
            Set(signature, "agency", signatureAgency);
            Set(signature, "date", signatureDate);
        }
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonText.Options))
        {
            json.WriteTo(writer);
        }
        return Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    private static void Set(JsonObject json, string key, string value) => Set(json, key, Value(value));

    private static void Set(JsonObject json, string key, JsonNode? value)
    {
        if (value is null)
        {
            json.Remove(key);
        }
        else
        {
            json[key] = value;
        }
    }

    private static JsonValue? Value(string text) => text.Length == 0 ? null : JsonValue.Create(text);

    private static string Text(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        JsonValue value when value.TryGetValue<int>(out var i) => i.ToString(CultureInfo.InvariantCulture),
        null => string.Empty,
        _ => node.ToJsonString(),
    };

    private JsonObject? OriginalMetadata()
    {
        if (ReadText(MetadataJsonLoader.FileName) is not { } text)
        {
            return null;
        }
        try
        {
            return JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private string? ReadText(string name)
    {
        var file = source.Open(name);
        return file.State == SourceFileState.Found && TextDecoder.Decode(file.Bytes, name).Value is { } text ? text : null;
    }

    /// <summary>The form's files named as the folder's own, so findings read exactly as `check FOLDER` prints them.</summary>
    private sealed class FormSource(string folder, IReadOnlyDictionary<string, byte[]> files) : IReportSource
    {
        public string Describe(string name) => Path.Combine(folder, name);

        public SourceFile Open(string name) =>
            files.TryGetValue(name, out var bytes) ? new SourceFile(SourceFileState.Found, bytes, null) : SourceFile.Missing;

        // The form's own files, made here: none is past a bound.
        public SourceFile Open(string name, int maxBytes) => Open(name);

        public bool Exists(string name) => files.ContainsKey(name);
    }

    private sealed class FileComparer : IEqualityComparer<KeyValuePair<string, byte[]>>
    {
        public static readonly FileComparer Instance = new();

        public bool Equals(KeyValuePair<string, byte[]> x, KeyValuePair<string, byte[]> y) =>
            x.Key == y.Key && x.Value.AsSpan().SequenceEqual(y.Value);

        public int GetHashCode(KeyValuePair<string, byte[]> obj) => obj.Key.GetHashCode(StringComparison.Ordinal);
    }
}
