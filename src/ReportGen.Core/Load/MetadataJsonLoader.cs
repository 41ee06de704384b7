using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ReportGen.Format;
using ReportGen.Model;
using ReportGen.Validate;

namespace ReportGen.Load;

/// <summary>
/// Reads report.json with JsonDocument (no reflection, so it runs under Native AOT) and reports
/// each problem at the line of the field it concerns.
/// </summary>
internal sealed class MetadataJsonLoader
{
    public const string FileName = FolderLayout.MetadataFile;

    private static readonly string[] KnownKeys = ["agency", "year", "publishDate", "title", "opening", "headings", "signature", "units", AcknowledgementJson.KindKey, AcknowledgementJson.AcknowledgedKey];

    public Outcome<ReportMetadata> Load(string text, string file)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        void Report(RuleSpec rule, int line, string message, string hint) =>
            diagnostics.Add(new Diagnostic(rule, new SourceLocation(file, line, 0), message, hint));

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            diagnostics.Add(new Diagnostic(RuleCatalog.BadMetadata, new SourceLocation(file, line, (int)(e.BytePositionInLine ?? 0) + 1),
                $"{file} 不是有效的 JSON（第 {line} 行附近）", "请检查引号、逗号和花括号是否成对；可参考 samples/ 中的 report.json"));
            return new Outcome<ReportMetadata>(null, diagnostics.ToImmutable());
        }
        using (document)
        {
            var root = document.RootElement;
            var lines = PropertyLines(text);
            int LineOf(string key) => lines.GetValueOrDefault(key, 1);
            if (root.ValueKind != JsonValueKind.Object)
            {
                Report(RuleCatalog.BadMetadata, 1, $"{file} 应为 JSON 对象（{{ … }}）", "请参考 README 中 report.json 的示例");
                return new Outcome<ReportMetadata>(null, diagnostics.ToImmutable());
            }
            if (JsonIntegrity.Problems(root).ToList() is { Count: > 0 } problems)
            {
                foreach (var (key, problem) in problems)
                {
                    Report(RuleCatalog.BadMetadata, LineOf(key), $"{file} {problem}", "请删去重复的字段，或把无效的 \\uXXXX 转义改为正确的文字");
                }
                return new Outcome<ReportMetadata>(null, diagnostics.ToImmutable());
            }
            foreach (var property in root.EnumerateObject().Where(p => !KnownKeys.Contains(p.Name)))
            {
                Report(RuleCatalog.UnknownMetadataKey, LineOf(property.Name), $"{file} 含未知字段“{property.Name}”，已忽略",
                    $"可用字段：{string.Join("、", KnownKeys)}；请检查拼写");
            }

            var agency = String(root, "agency", LineOf, Report, file, required: true);
            int? year = null;
            if (!root.TryGetProperty("year", out var yearElement))
            {
                Report(RuleCatalog.BadMetadata, 1, $"{file} 缺少字段“year”（报告年度）", "请加上例如 \"year\": 2023");
            }
            else if (yearElement.ValueKind != JsonValueKind.Number || !yearElement.TryGetInt32(out var y))
            {
                Report(RuleCatalog.BadMetadata, LineOf("year"), $"{file} 的“year”应为整数年份，而不是 {yearElement.GetRawText()}", "请写成例如 \"year\": 2023（不加引号）");
            }
            else
            {
                year = y;
            }

            var publishDate = Date(root, "publishDate", LineOf, Report, file);
            var title = String(root, "title", LineOf, Report, file, required: false);
            var opening = String(root, "opening", LineOf, Report, file, required: false);
            var headings = Headings(root, LineOf, Report, file);
            var signature = SignatureOf(root, agency, publishDate, LineOf, Report, file);

            var units = Units(root, LineOf, Report, file);
            var kind = AcknowledgementJson.Kind(root, LineOf, Report, file);
            var acknowledged = AcknowledgementJson.Acknowledgements(root, LineOf, Report, file);

            if (agency is null || year is null)
            {
                return new Outcome<ReportMetadata>(null, diagnostics.ToImmutable());
            }
            var read = new ReportMetadata(agency, year.Value, publishDate, title, opening, headings, signature) { Units = units, Kind = kind, Acknowledgements = acknowledged, File = file };
            return new Outcome<ReportMetadata>(Checked(read, f => new SourceLocation(file, LineOf(f), 0), diagnostics), diagnostics.ToImmutable());
        }
    }

    /// <summary>
    /// The rules on the values (<see cref="ReportMetadataValidator"/>), each finding at its key's line. As
    /// for a value of the wrong type, a required field that fails leaves no metadata, an optional one is
    /// left out (a signature's agency falls back to the agency).
    /// </summary>
    private static ReportMetadata? Checked(ReportMetadata read, Func<string, SourceLocation> at, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (ReportMetadataValidator.Holds(read))
        {
            return read;
        }
        var result = ReportMetadataValidator.Instance.Value.Validate(read);
        diagnostics.AddRange(ValidationFindings.Of(result, f => at(f.PropertyName)));
        var failed = result.Errors.Select(f => f.PropertyName).ToHashSet(StringComparer.Ordinal);
        return failed.Contains("agency") || failed.Contains("year") ? null : read with
        {
            Title = failed.Contains("title") ? null : read.Title,
            Opening = failed.Contains("opening") ? null : read.Opening,
            Signature = failed.Contains("signature") ? read.Signature! with { Agency = read.Agency } : read.Signature,
        };
    }

    private static string? String(JsonElement root, string key, Func<string, int> lineOf, Action<RuleSpec, int, string, string> report, string file, bool required)
    {
        if (!root.TryGetProperty(key, out var element))
        {
            if (required)
            {
                report(RuleCatalog.BadMetadata, 1, $"{file} 缺少字段“{key}”", "agency 填写机关全称，例如 \"agency\": \"某某市某某局\"");
            }
            return null;
        }
        if (element.ValueKind != JsonValueKind.String)
        {
            var (message, hint) = ReportMetadataValidator.NotText(file, key);
            report(RuleCatalog.BadMetadata, lineOf(key), message, hint);
            return null;
        }
        // Blank text and control characters are the validator's (ReportMetadataValidator), as the other rules on values.
        return element.GetString()!.Trim();
    }

    private static DateOnly? Date(JsonElement root, string key, Func<string, int> lineOf, Action<RuleSpec, int, string, string> report, string file)
    {
        if (!root.TryGetProperty(key, out var element))
        {
            return null;
        }
        if (element.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(element.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        report(RuleCatalog.BadMetadata, lineOf(key), $"{file} 的“{key}”不是有效日期：{element.GetRawText()}", $"请写成 \"{key}\": \"2024-01-20\"");
        return null;
    }

    private static ImmutableDictionary<string, string> Headings(JsonElement root, Func<string, int> lineOf, Action<RuleSpec, int, string, string> report, string file)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string>();
        if (!root.TryGetProperty("headings", out var element))
        {
            return builder.ToImmutable();
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            report(RuleCatalog.BadMetadata, lineOf("headings"), $"{file} 的“headings”应为对象", "例如 \"headings\": { \"reviews\": \"四、…\" }");
            return builder.ToImmutable();
        }
        foreach (var property in element.EnumerateObject())
        {
            if (!StatutoryFormat.Sections.Any(s => s.Key == property.Name))
            {
                report(RuleCatalog.BadMetadata, lineOf(property.Name), $"{file} 的“headings”中没有名为“{property.Name}”的部分",
                    $"可用的部分：{string.Join("、", StatutoryFormat.Sections.Select(s => s.Key))}");
            }
            else if (property.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(property.Value.GetString()))
            {
                report(RuleCatalog.BadMetadata, lineOf(property.Name), $"{file} 的标题“{property.Name}”应为非空文本", "请写成 \"overview\": \"一、总体情况\"");
            }
            else
            {
                builder[property.Name] = property.Value.GetString()!.Trim();
            }
        }
        return builder.ToImmutable();
    }

    private static Signature? SignatureOf(JsonElement root, string? agency, DateOnly? publishDate, Func<string, int> lineOf, Action<RuleSpec, int, string, string> report, string file)
    {
        if (!root.TryGetProperty("signature", out var element) || element.ValueKind is JsonValueKind.False or JsonValueKind.Null)
        {
            return null;
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            report(RuleCatalog.BadMetadata, lineOf("signature"), $"{file} 的“signature”应为对象", "例如 \"signature\": { \"date\": \"2024-01-20\" }");
            return null;
        }
        var name = String(element, "agency", lineOf, report, file, required: false) ?? agency;
        var date = Date(element, "date", lineOf, report, file) ?? publishDate;
        if (name is null || date is null)
        {
            report(RuleCatalog.BadMetadata, lineOf("signature"), $"{file} 的落款缺少日期", "请在 signature 中写 \"date\": \"2024-01-20\"，或填写 publishDate");
            return null;
        }
        return new Signature(name, date.Value);
    }

    private static ImmutableArray<string> Units(JsonElement root, Func<string, int> lineOf, Action<RuleSpec, int, string, string> report, string file)
    {
        if (!root.TryGetProperty("units", out var element))
        {
            return [];
        }
        if (element.ValueKind != JsonValueKind.Array || element.EnumerateArray().Any(u => u.ValueKind != JsonValueKind.String))
        {
            report(RuleCatalog.BadMetadata, lineOf("units"), $"{file} 的“units”应为单位名称的数组", "例如 \"units\": [\"某某局\", \"某某镇\"]");
            return [];
        }
        return [.. element.EnumerateArray().Select(u => u.GetString()!)];
    }

    /// <summary>The line of each property name, so findings can point at the field.</summary>
    private static Dictionary<string, int> PropertyLines(string text)
    {
        var result = new Dictionary<string, int>();
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    result.TryAdd(name, 1 + bytes.AsSpan(0, (int)reader.TokenStartIndex).Count((byte)'\n'));
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // The document parsed already; a reader failure here only costs line numbers.
        }
        return result;
    }
}
