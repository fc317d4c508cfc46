using System.Text;

namespace QuoteAttribution.Claims;

/// <summary>
/// Writes a Graphviz <c>digraph</c>: speakers as ellipses, claims as boxes (long contents shortened and
/// wrapped), articles as notes, entities as plain text; edges labelled with their kind. Every id and label is
/// a quoted DOT string; control characters in ids are escaped so that distinct ids stay distinct (<see cref="ExportText"/>).
/// </summary>
internal sealed class DotExporter : IClaimGraphExporter
{
    private const int MaxLabel = 120;
    private const int LineWidth = 36;

    public void Write(ClaimGraph graph, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        output.Write("digraph claims {\n");
        output.Write("  graph [rankdir=LR, fontname=\"Helvetica\"];\n");
        output.Write("  node [fontname=\"Helvetica\", fontsize=10];\n");
        output.Write("  edge [fontname=\"Helvetica\", fontsize=9];\n");
        foreach (var node in GraphNode.All(graph))
        {
            var (shape, style) = node.Kind switch
            {
                "speaker" => ("ellipse", "filled\", fillcolor=\"#cfe2f3"),
                "claim" => ("box", "rounded,filled\", fillcolor=\"#fff2cc"),
                "article" => ("note", "filled\", fillcolor=\"#eeeeee"),
                _ => ("plaintext", "solid"),
            };
            var label = node.Kind == "article"
                ? node.Label + (node.Attributes.FirstOrDefault(a => a.Key == "date").Value is { } d ? $"\n{d}" : string.Empty)
                : node.Label;
            output.Write($"  {Quote(ExportText.Id(node.Id))} [label={Quote(Wrap(Shorten(label)))}, shape={shape}, style=\"{style}\"];\n");
        }

        foreach (var edge in graph.Edges)
        {
            var label = edge.Kind == ClaimEdgeKind.SameAs && edge.Label is not null ? $"same_as ({edge.Label})" : edge.KindName;
            output.Write($"  {Quote(ExportText.Id(edge.Source))} -> {Quote(ExportText.Id(edge.Target))} [label={Quote(label)}];\n");
        }

        output.Write("}\n");
    }

    /// <summary>A DOT quoted string: backslashes and double quotes escaped, line breaks as <c>\n</c>.</summary>
    internal static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    break;
                default:
                    builder.Append(c < ' ' ? ' ' : c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static string Shorten(string text) => text.Length <= MaxLabel ? text : text[..(MaxLabel - 1)].TrimEnd() + "…";

    private static string Wrap(string text)
    {
        var builder = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            var width = 0;
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (width > 0 && width + word.Length + 1 > LineWidth)
                {
                    builder.Append('\n');
                    width = 0;
                }
                else if (width > 0)
                {
                    builder.Append(' ');
                    width++;
                }

                builder.Append(word);
                width += word.Length;
            }

            builder.Append('\n');
        }

        return builder.ToString().TrimEnd('\n');
    }
}
