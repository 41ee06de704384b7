using System.Text.Json;

namespace ReportGen.Load;

/// <summary>
/// What JsonDocument accepts but a report cannot mean: a key given twice (which value is meant?) and a
/// string with a lone UTF-16 surrogate escape ("\ud800"), which no text can hold.
/// </summary>
internal static class JsonIntegrity
{
    /// <summary>Each problem with the top-level key it is under (for its line) and a Chinese description.</summary>
    public static IEnumerable<(string Key, string Problem)> Problems(JsonElement root)
    {
        var problems = new List<(string, string)>();
        Walk(root, null, string.Empty, problems);
        return problems;
    }

    private static void Walk(JsonElement element, string? topKey, string path, List<(string, string)> problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    if (!TryText(() => property.Name, out var name))
                    {
                        problems.Add((topKey ?? string.Empty, $"的字段名{Where(path)}含无效的 Unicode 转义（单独的代理项）"));
                        continue;
                    }
                    var key = topKey ?? name;
                    var inner = path.Length == 0 ? name : $"{path}.{name}";
                    if (!seen.Add(name))
                    {
                        problems.Add((key, $"中字段“{inner}”出现了两次，无法确定应使用哪一个值"));
                    }
                    Walk(property.Value, key, inner, problems);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, topKey, path, problems);
                }
                break;
            case JsonValueKind.String when !TryText(element.GetString, out _):
                problems.Add((topKey ?? string.Empty, $"的“{path}”含无效的 Unicode 转义（单独的代理项，如 \\ud800）"));
                break;
        }
    }

    private static string Where(string path) => path.Length == 0 ? string.Empty : $"（在“{path}”中）";

    private static bool TryText(Func<string?> read, out string text)
    {
        try
        {
            text = read() ?? string.Empty;
            return true;
        }
        catch (InvalidOperationException)
        {
            text = string.Empty;
            return false;
        }
    }
}
