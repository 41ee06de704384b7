using System.Collections;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Write;

/// <summary>
/// WordprocessingML streamed through the SDK's <see cref="OpenXmlWriter"/>, one element at a time.
/// Elements are named by the <see cref="OpenXmlUnknownElement"/> instances of <see cref="W"/>, not
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

    /// <summary>Numbers the layout writes over and over (widths, sizes, indents), formatted once.</summary>
    private static readonly string[] SmallNumbers = [.. Enumerable.Range(0, 1024).Select(n => n.ToString(CultureInfo.InvariantCulture))];

    // OpenXmlWriter.WriteString needs a leaf text element; these typed leaves contain no elements, so
    // their metadata roots nothing else.
    private static readonly Text TextName = new();
    private static readonly FieldCode FieldCodeName = new();

    private static readonly OpenXmlAttribute Preserve = new("xml", "space", XmlNamespace, "preserve");

    // OpenXmlPartWriter documents null as "no declarations"; an empty array would cost an enumerator per element.
    private static readonly IEnumerable<KeyValuePair<string, string>> NoDeclarations = null!;

    private readonly OpenXmlWriter writer;
    private readonly AttributeBuffer attributes = new();

    public WordXmlWriter(Stream output)
    {
        writer = OpenXmlWriter.Create(output);
        writer.WriteStartDocument(true);
    }

    /// <summary>The part's root, declaring the w prefix (and r when the part links to others) once for every child.</summary>
    public void StartRoot(OpenXmlElement name, bool relationships = false)
    {
        KeyValuePair<string, string>[] declarations = relationships
            ? [new("w", WordNamespace), new("r", RelationshipNamespace)]
            : [new("w", WordNamespace)];
        writer.WriteStartElement(name, [], declarations);
    }

    /// <summary>
    /// Opens <paramref name="name"/>. An attribute name without a prefix is in the w namespace;
    /// "r:id" is the relationship id.
    /// </summary>
    public void Start(OpenXmlElement name, params ReadOnlySpan<(string Name, string Value)> attributeValues)
    {
        attributes.Clear();
        foreach (var (attribute, value) in attributeValues)
        {
            attributes.Add(attribute.StartsWith("r:", StringComparison.Ordinal)
                ? new OpenXmlAttribute("r", attribute[2..], RelationshipNamespace, value)
                : new OpenXmlAttribute("w", attribute, WordNamespace, value));
        }
        writer.WriteStartElement(name, attributes, NoDeclarations);
    }

    public void End() => writer.WriteEndElement();

    /// <summary>An element with attributes only, such as <c>&lt;w:jc w:val="center" /&gt;</c>.</summary>
    public void Empty(OpenXmlElement name, params ReadOnlySpan<(string Name, string Value)> attributeValues)
    {
        Start(name, attributeValues);
        End();
    }

    /// <summary>The commonest shape: an element whose one attribute is w:val.</summary>
    public void Value(OpenXmlElement name, string value) => Empty(name, ("val", value));

    public void Value(OpenXmlElement name, int value) => Empty(name, ("val", Num(value)));

    /// <summary>w:t; leading or trailing white space is kept with xml:space="preserve", as Word writes it.</summary>
    public void Text(string text) => Leaf(TextName, text);

    /// <summary>w:instrText, a field instruction such as " PAGE ".</summary>
    public void FieldCode(string code) => Leaf(FieldCodeName, code);

    private void Leaf(OpenXmlElement name, string text)
    {
        var preserve = text.Length > 0 && (IsWhiteSpace(text[0]) || IsWhiteSpace(text[^1]));
        attributes.Clear();
        if (preserve)
        {
            attributes.Add(Preserve);
        }
        writer.WriteStartElement(name, attributes, NoDeclarations);
        writer.WriteString(text);
        writer.WriteEndElement();
    }

    // No white space lies above U+3000; most of a Chinese text does, and char.IsWhiteSpace is slow there.
    private static bool IsWhiteSpace(char c) => c <= '\u3000' && char.IsWhiteSpace(c);

    public static string Num(int value) =>
        (uint)value < (uint)SmallNumbers.Length ? SmallNumbers[value] : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The attributes of the element being written. OpenXmlWriter takes an IEnumerable; a List would
    /// box a new enumerator for every element, so the buffer is its own (single-use-at-a-time) enumerator.
    /// </summary>
    private sealed class AttributeBuffer : IEnumerable<OpenXmlAttribute>, IEnumerator<OpenXmlAttribute>
    {
        private OpenXmlAttribute[] items = new OpenXmlAttribute[8];
        private int count;
        private int index = -1;

        public OpenXmlAttribute Current => items[index];

        object IEnumerator.Current => Current;

        public void Clear() => count = 0;

        public void Add(OpenXmlAttribute attribute)
        {
            if (count == items.Length)
            {
                Array.Resize(ref items, count * 2);
            }
            items[count++] = attribute;
        }

        public IEnumerator<OpenXmlAttribute> GetEnumerator()
        {
            index = -1;
            return this;
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public bool MoveNext() => ++index < count;

        public void Reset() => index = -1;

        public void Dispose()
        {
        }
    }

    public void Dispose() => writer.Dispose();
}
