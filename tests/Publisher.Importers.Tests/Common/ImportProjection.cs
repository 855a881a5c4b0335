using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Publisher.Importers;
using Publisher.Model;

namespace Publisher.Importers.Tests.Common;

/// <summary>
/// A readable, stable JSON view of what an importer produced (entries in source order, diagnostics by
/// line, severity and code), compared with the <c>*.expected.json</c> file beside each fixture.
/// </summary>
internal static class ImportProjection
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The projection as indented JSON with '\n' line endings.</summary>
    public static string ToJson(string importer, ImportResult result)
    {
        var root = new JsonObject
        {
            ["importer"] = importer,
            ["entries"] = new JsonArray(result.Entries.Select(Entry).ToArray<JsonNode?>()),
            ["diagnostics"] = new JsonArray(result.Diagnostics.Select(d => (JsonNode?)JsonValue.Create($"{d.Line} {d.Severity.ToString().ToLowerInvariant()} {d.Code}")).ToArray()),
        };
        return root.ToJsonString(Options).Replace("\r\n", "\n") + "\n";
    }

    private static JsonObject Entry(Entry e)
    {
        var o = new JsonObject
        {
            ["line"] = e.Sources.FirstOrDefault()?.Line,
            ["kind"] = e.Kind.ToString(),
            ["title"] = e.Title,
        };
        if (e.TitleAlt.Count > 0) o["titleAlt"] = Strings(e.TitleAlt.Select(a => $"{a.Language}: {a.Text}"));
        if (e.Authors.Count > 0) o["authors"] = Strings(e.Authors.Select(a => a.IsOthers ? "et al." : a.Literal is not null ? "{" + a.Literal + "}" : $"{a.Given} {a.FamilyWithParticle}".Trim()));
        if (e.Year is not null) o["year"] = e.Year;
        if (e.Venue is not null) o["venue"] = e.Venue;
        if (e.ArxivId is not null) o["arxivId"] = e.ArxivId.ToString();
        o["links"] = Strings(e.Links.Select(l => $"{l.Kind} {l.Url}"));
        if (e.Topics.Count > 0) o["topics"] = Strings(e.Topics);
        if (e.Summaries.Count > 0) o["summaries"] = Strings(e.Summaries.Select(s => $"{s.Language}: {s.Text}"));
        return o;
    }

    private static JsonArray Strings(IEnumerable<string> items) => new(items.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray());
}
