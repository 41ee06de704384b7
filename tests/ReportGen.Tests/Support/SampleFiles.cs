using System.Collections.Immutable;
using System.Text;
using ReportGen.Load;
using ReportGen.Pipeline;

namespace ReportGen.Tests.Support;

/// <summary>The shipped sample folder as editable text, checked in memory.</summary>
internal sealed record SampleFiles(ImmutableDictionary<string, string> Files)
{
    public static SampleFiles Load(string? folder = null)
    {
        folder ??= Repo.SampleFolder;
        return new SampleFiles(Directory.GetFiles(folder)
            .ToImmutableDictionary(f => Path.GetFileName(f), f => File.ReadAllText(f, Encoding.UTF8)));
    }

    public string this[string name] => Files[name];

    public SampleFiles With(string name, string text) => new(Files.SetItem(name, text));

    public SampleFiles Without(string name) => new(Files.Remove(name));

    /// <summary>Replaces the cell at a 1-based line and column of a CSV file.</summary>
    public SampleFiles WithCell(string name, int line, int column, string value)
    {
        var lines = Files[name].Split('\n');
        var cells = CsvText.Split(lines[line - 1].TrimEnd('\r'));
        while (cells.Count < column)
        {
            cells.Add(string.Empty);
        }
        cells[column - 1] = value;
        lines[line - 1] = CsvText.Join(cells) + (lines[line - 1].EndsWith('\r') ? "\r" : string.Empty);
        return With(name, string.Join('\n', lines));
    }

    public InMemoryReportSource Source() => InMemoryReportSource.FromText("sample", Files);

    public CheckOutcome Check() => new ReportChecker().Check("sample", Source());

    /// <summary>Checks the folder with one file replaced by raw bytes: encodings, binaries, damaged files.</summary>
    public CheckOutcome CheckWithBytes(string name, byte[] bytes)
    {
        var files = Files.ToImmutableDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value)).SetItem(name, bytes);
        return new ReportChecker().Check("sample", new InMemoryReportSource("sample", files));
    }

    public void WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in Files)
        {
            File.WriteAllText(Path.Combine(folder, name), text, new UTF8Encoding(false));
        }
    }
}

internal static class CsvText
{
    public static List<string> Split(string line)
    {
        var cells = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                cells.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(ch);
            }
        }
        cells.Add(current.ToString());
        return cells;
    }

    public static string Join(IEnumerable<string> cells) =>
        string.Join(',', cells.Select(c => c.IndexOfAny([',', '"', '，']) >= 0 ? "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : c));
}
