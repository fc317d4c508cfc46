using System.Text.RegularExpressions;
using System.Xml.Linq;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using QuoteAttribution.Claims;

namespace QuoteAttribution.Tests.Claims;

public sealed class ClaimExporterTests
{
    private static readonly XNamespace GraphMl = "http://graphml.graphdrawing.org/xmlns";

    private static ClaimGraph Graph() =>
        ClaimFixtures.Graph(ClaimFixtures.Banjir(), ClaimFixtures.BanjirLanjutan(), ClaimFixtures.Pasar(), ClaimFixtures.PasarLain());

    private static string Export(ClaimGraphFormat format, ClaimGraph? graph = null)
    {
        var output = new StringWriter();
        IClaimGraphExporter.Create(format).Write(graph ?? Graph(), output);
        return output.ToString();
    }

    [Test]
    public void GraphMl_Export_IsWellFormedWithDeclaredKeysAndConsistentIds()
    {
        var document = XDocument.Parse(Export(ClaimGraphFormat.GraphMl));

        var root = document.Root!;
        Assert.That(root.Name, Is.EqualTo(GraphMl + "graphml"));
        var keys = root.Elements(GraphMl + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("for")!);
        var graph = root.Element(GraphMl + "graph")!;
        Assert.That((string?)graph.Attribute("edgedefault"), Is.EqualTo("directed"));
        var nodes = graph.Elements(GraphMl + "node").Select(n => (string)n.Attribute("id")!).ToList();
        Assert.That(nodes, Is.Unique);
        var edges = graph.Elements(GraphMl + "edge").ToList();
        Assert.That(edges, Is.Not.Empty);
        Assert.That(edges.Select(e => (string)e.Attribute("id")!), Is.Unique);
        Assert.That(edges.Where(e => !nodes.Contains((string)e.Attribute("source")!) || !nodes.Contains((string)e.Attribute("target")!)), Is.Empty);
        foreach (var data in graph.Descendants(GraphMl + "data"))
        {
            var key = (string)data.Attribute("key")!;
            Assert.That(keys, Does.ContainKey(key));
            Assert.That(keys[key], Is.EqualTo(data.Parent!.Name.LocalName));
        }

        // The schema's order: keys come before the graph.
        Assert.That(root.Elements().Last().Name, Is.EqualTo(GraphMl + "graph"));
    }

    [Test]
    public void JsonLd_Export_HasSchemaOrgContextAndClaimQuotationPersonOrganizationTypes()
    {
        var document = JObject.Parse(Export(ClaimGraphFormat.JsonLd));

        Assert.That((string?)document["@context"], Is.EqualTo("https://schema.org"));
        var items = ((JArray)document["@graph"]!).Cast<JObject>().ToList();
        var types = items.Select(i => (string)i["@type"]!).ToHashSet(StringComparer.Ordinal);
        Assert.That(types, Is.SupersetOf(new[] { "Claim", "Quotation", "Person", "Organization", "NewsArticle" }));
        var ids = items.Select(i => (string)i["@id"]!).ToList();
        Assert.That(ids, Is.Unique);

        var perahu = items.Single(i => (string)i["@type"]! == "Claim" && ((string)i["text"]!).Contains("perahu", StringComparison.Ordinal));
        Assert.That(((JArray)perahu["appearance"]!).Count, Is.EqualTo(2));
        Assert.That((string?)perahu["datePublished"], Is.EqualTo("2025-03-03"));
        var first = items.Single(i => (string)i["@id"]! == (string)perahu["firstAppearance"]!["@id"]!);
        Assert.That((string?)first["@type"], Is.EqualTo("Quotation"));
        Assert.That((string?)first["creator"]!["@id"], Is.EqualTo((string?)perahu["author"]![0]!["@id"]));
        Assert.That((string?)first["spokenByCharacter"]!["@id"], Is.EqualTo((string?)first["creator"]!["@id"]));
        var author = items.Single(i => (string)i["@id"]! == (string)perahu["author"]![0]!["@id"]!);
        Assert.That((string?)author["@type"], Is.EqualTo("Person"));
        Assert.That((string?)author["name"], Is.EqualTo("Dedi Kurniawan"));

        var references = document.Descendants().OfType<JObject>().Where(o => o.Count == 1 && o["@id"] is not null).Select(o => (string)o["@id"]!);
        Assert.That(references.Where(r => !ids.Contains(r)), Is.Empty);
    }

    [Test]
    public void Dot_Export_IsADigraphWithBalancedBracesAndQuotedDeclaredIds()
    {
        var dot = Export(ClaimGraphFormat.Dot);

        Assert.That(dot, Does.StartWith("digraph claims {\n"));
        Assert.That(dot.TrimEnd(), Does.EndWith("}"));
        var withoutStrings = Regex.Replace(dot, "\"(?:[^\"\\\\]|\\\\.)*\"", "S");
        Assert.That(withoutStrings.Count(c => c == '{'), Is.EqualTo(withoutStrings.Count(c => c == '}')));
        Assert.That(withoutStrings, Does.Not.Contain("\""));
        var declared = Regex.Matches(dot, "^  (\"[^\"]+\") \\[label=", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var used = Regex.Matches(dot, "^  (\"[^\"]+\") -> (\"[^\"]+\") \\[", RegexOptions.Multiline).SelectMany(m => new[] { m.Groups[1].Value, m.Groups[2].Value });
        Assert.That(used.Where(u => !declared.Contains(u)), Is.Empty);
    }

    [Test]
    public void Dot_QuoteWithQuotesAndBackslashes_IsEscaped()
    {
        Assert.That(DotExporter.Quote("a \"b\" \\ c\nd"), Is.EqualTo("\"a \\\"b\\\" \\\\ c\\nd\""));
    }

    [Test]
    public void GraphJson_Export_EdgesJoinDeclaredNodes()
    {
        var document = JObject.Parse(Export(ClaimGraphFormat.GraphJson));

        var ids = document["nodes"]!.Select(n => (string)n["id"]!).ToHashSet(StringComparer.Ordinal);
        Assert.That(document["edges"]!.Where(e => !ids.Contains((string)e["source"]!) || !ids.Contains((string)e["target"]!)), Is.Empty);
        Assert.That(document["edges"]!.Select(e => (string)e["kind"]!).Distinct(), Is.EquivalentTo(new[] { "said", "appears_in", "mentions", "same_as" }));
    }

    [Test]
    public void Exporters_EmptyGraph_WriteValidEmptyDocuments()
    {
        var empty = new ClaimGraphBuilder().Build();

        Assert.That(JObject.Parse(Export(ClaimGraphFormat.JsonLd, empty))["@graph"], Is.Empty);
        Assert.That(XDocument.Parse(Export(ClaimGraphFormat.GraphMl, empty)).Root!.Name.LocalName, Is.EqualTo("graphml"));
        Assert.That(Export(ClaimGraphFormat.Dot, empty), Does.StartWith("digraph"));
    }

    // Issue 13, item 2: characters XML 1.0 forbids, in ids and in text; two ids that differ only there.
    private static ClaimGraph GraphWithForbiddenCharacters()
    {
        const string text = "\"Banjir\uFFFF datang lagi \uD800 malam ini,\" kata Lurah Sari\u0001 Dewi.";
        const string other = "\"Pompa air\u0000 sudah menyala,\" kata Lurah Sari\u0001 Dewi.";
        return ClaimFixtures.Graph(
            ClaimFixtures.Article("berita\u0001satu", "2025-01-05", text,
                ClaimFixtures.Quote(text, "Banjir\uFFFF datang lagi \uD800 malam ini", "Sari\u0001 Dewi", roles: ["Lurah\u0007"])),
            ClaimFixtures.Article("berita\u0002satu", "2025-01-06", other,
                ClaimFixtures.Quote(other, "Pompa air\u0000 sudah menyala", "Sari\u0001 Dewi")));
    }

    [Test]
    public void GraphMl_IdsAndTextWithCharactersXmlForbids_IsWellFormedWithDistinctIds()
    {
        var graph = GraphWithForbiddenCharacters();

        var document = XDocument.Parse(Export(ClaimGraphFormat.GraphMl, graph));

        var nodes = document.Descendants(GraphMl + "node").Select(n => (string)n.Attribute("id")!).ToList();
        Assert.That(nodes, Is.Unique);
        Assert.That(nodes.Count(n => n.StartsWith("article:berita", StringComparison.Ordinal)), Is.EqualTo(2));
        var edges = document.Descendants(GraphMl + "edge").ToList();
        Assert.That(edges.Where(e => !nodes.Contains((string)e.Attribute("source")!) || !nodes.Contains((string)e.Attribute("target")!)), Is.Empty);
        Assert.That(document.Descendants(GraphMl + "data").Select(d => d.Value), Has.Some.Contains("Banjir").And.Some.Contains("malam ini"));
    }

    [TestCase(ClaimGraphFormat.JsonLd)]
    [TestCase(ClaimGraphFormat.GraphJson)]
    public void Json_IdsAndTextWithControlCharacters_ParseBackWithDistinctIds(ClaimGraphFormat format)
    {
        var json = Export(format, GraphWithForbiddenCharacters());

        var document = JObject.Parse(json);
        var ids = document.Descendants().OfType<JObject>().Where(o => o.Count > 1)
            .Select(o => (string?)o["@id"] ?? (string?)o["id"]).OfType<string>().ToList();
        Assert.That(ids, Is.Unique);
        Assert.That(json.Any(c => c < ' ' && c != '\n'), Is.False, "control characters are escaped");
    }

    [Test]
    public void Dot_IdsAndTextWithControlCharacters_KeepsIdsDistinctAndPrintable()
    {
        var dot = Export(ClaimGraphFormat.Dot, GraphWithForbiddenCharacters());

        Assert.That(dot.Any(c => c < ' ' && c != '\n'), Is.False);
        var declared = Regex.Matches(dot, "^  (\"[^\"]+\") \\[label=", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.That(declared, Is.Unique);
        Assert.That(declared.Count(d => d.StartsWith("\"article:berita", StringComparison.Ordinal)), Is.EqualTo(2));
    }
}
