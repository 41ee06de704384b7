using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportGen.Json;

/// <summary>
/// How every JSON document of the tool is written: indented, Chinese left readable (people read
/// these files and logs), with Utf8JsonWriter by hand so nothing needs reflection under Native AOT.
/// </summary>
internal static class JsonText
{
    public static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one JSON document, then a line break, to a text writer.</summary>
    public static void Write(TextWriter writer, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }
        writer.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
