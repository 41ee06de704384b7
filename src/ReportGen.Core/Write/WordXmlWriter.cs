using System.Collections.Concurrent;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Write;

/// <summary>
/// WordprocessingML streamed through the SDK's <see cref="OpenXmlWriter"/>, one element at a time.
/// Elements are named by <see cref="OpenXmlUnknownElement"/> instances shared by the process, not
/// by the typed classes: a typed element's metadata lists every element it may contain, so a single
/// <c>new Paragraph()</c> roots most of the schema in the Native AOT image (15 of its 30 MB, all
/// rehydrated at start-up, even by <c>check</c>), and a typed tree per paragraph and cell was most
/// of what a build cost. Attributes go out in the order given: callers list them in schema order,
/// as the typed classes would.
/// </summary>
internal sealed class WordXmlWriter : IDisposable
{
    public const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    private static readonly ConcurrentDictionary<string, OpenXmlElement> Names = new(StringComparer.Ordinal);

    // OpenXmlWriter.WriteString needs a leaf text element; these typed leaves contain no elements, so
    // their metadata roots nothing else.
    private static readonly Text TextName = new();
    private static readonly FieldCode FieldCodeName = new();

    private static readonly OpenXmlAttribute Preserve = new("xml", "space", XmlNamespace, "preserve");

    private static readonly KeyValuePair<string, string>[] NoDeclarations = [];

    private readonly OpenXmlWriter writer;
    private readonly List<OpenXmlAttribute> attributes = new(8);

    public WordXmlWriter(Stream output)
    {
        writer = OpenXmlWriter.Create(output);
        writer.WriteStartDocument(true);
    }

    /// <summary>The part's root, declaring the w prefix (and r when the part links to others) once for every child.</summary>
    public void StartRoot(string name, bool relationships = false)
    {
        KeyValuePair<string, string>[] declarations = relationships
            ? [new("w", WordNamespace), new("r", RelationshipNamespace)]
            : [new("w", WordNamespace)];
        writer.WriteStartElement(Name(name), [], declarations);
    }

    /// <summary>
    /// Opens w:<paramref name="name"/>. An attribute name without a prefix is in the w namespace;
    /// "r:id" is the relationship id.
    /// </summary>
    public void Start(string name, params ReadOnlySpan<(string Name, string Value)> attributeValues)
    {
        attributes.Clear();
        foreach (var (attribute, value) in attributeValues)
        {
            attributes.Add(attribute.StartsWith("r:", StringComparison.Ordinal)
                ? new OpenXmlAttribute("r", attribute[2..], RelationshipNamespace, value)
                : new OpenXmlAttribute("w", attribute, WordNamespace, value));
        }
        writer.WriteStartElement(Name(name), attributes, NoDeclarations);
    }

    public void End() => writer.WriteEndElement();

    /// <summary>An element with attributes only, such as <c>&lt;w:jc w:val="center" /&gt;</c>.</summary>
    public void Empty(string name, params ReadOnlySpan<(string Name, string Value)> attributeValues)
    {
        Start(name, attributeValues);
        End();
    }

    /// <summary>The commonest shape: an element whose one attribute is w:val.</summary>
    public void Value(string name, string value) => Empty(name, ("val", value));

    public void Value(string name, int value) => Empty(name, ("val", Num(value)));

    /// <summary>w:t; leading or trailing white space is kept with xml:space="preserve", as Word writes it.</summary>
    public void Text(string text) => Leaf(TextName, text);

    /// <summary>w:instrText, a field instruction such as " PAGE ".</summary>
    public void FieldCode(string code) => Leaf(FieldCodeName, code);

    private void Leaf(OpenXmlElement name, string text)
    {
        var preserve = text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]));
        attributes.Clear();
        if (preserve)
        {
            attributes.Add(Preserve);
        }
        writer.WriteStartElement(name, attributes, NoDeclarations);
        writer.WriteString(text);
        writer.WriteEndElement();
    }

    public static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static OpenXmlElement Name(string localName) =>
        Names.GetOrAdd(localName, static name => new OpenXmlUnknownElement("w", name, WordNamespace));

    public void Dispose() => writer.Dispose();
}
