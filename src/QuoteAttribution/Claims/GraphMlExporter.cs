using System.Xml;

namespace QuoteAttribution.Claims;

/// <summary>
/// Writes GraphML (http://graphml.graphdrawing.org/xmlns): every attribute declared as a <c>key</c> before the
/// graph, a directed graph of <c>node</c>s and <c>edge</c>s whose ends are node ids. Opens in Gephi, yEd and NetworkX.
/// Characters XML cannot carry are escaped in ids and replaced in text (<see cref="ExportText"/>), so any graph is written whole.
/// </summary>
internal sealed class GraphMlExporter : IClaimGraphExporter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    public void Write(ClaimGraph graph, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        var settings = new XmlWriterSettings { Indent = true, CloseOutput = false, OmitXmlDeclaration = false, NewLineChars = "\n" };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        Key(xml, "node", "kind");
        Key(xml, "node", "label");
        foreach (var name in GraphNode.AttributeNames)
        {
            Key(xml, "node", name);
        }

        Key(xml, "edge", "edge_kind");
        Key(xml, "edge", "edge_label");

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "claims");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var node in GraphNode.All(graph))
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", ExportText.Id(node.Id));
            Data(xml, "kind", node.Kind);
            Data(xml, "label", node.Label);
            foreach (var (name, value) in node.Attributes)
            {
                Data(xml, name, value);
            }

            xml.WriteEndElement();
        }

        for (var i = 0; i < graph.Edges.Count; i++)
        {
            var edge = graph.Edges[i];
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", $"e{i + 1}");
            xml.WriteAttributeString("source", ExportText.Id(edge.Source));
            xml.WriteAttributeString("target", ExportText.Id(edge.Target));
            Data(xml, "edge_kind", edge.KindName);
            if (edge.Label is not null)
            {
                Data(xml, "edge_label", edge.Label);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        output.Write('\n');
    }

    private static void Key(XmlWriter xml, string domain, string name)
    {
        xml.WriteStartElement("key", Namespace);
        xml.WriteAttributeString("id", name);
        xml.WriteAttributeString("for", domain);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", "string");
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(ExportText.Text(value));
        xml.WriteEndElement();
    }
}
