using System.Text;
using System.Text.Json;
using Publisher.Testing;
using Publisher.Writers.Tests.BibTeX;
using Xunit;
using Xunit.Abstractions;

namespace Publisher.Writers.Tests.ZoteroRdf;

/// <summary>Zotero's import translators (npm bundle in tests/tools/zotero), run with node on one of our files.</summary>
internal static class ZoteroTranslators
{
    /// <summary>The tool folder, or null (skipped locally, failed in CI) when node or the translators are missing.</summary>
    public static (string Node, string Tool)? Locate(ITestOutputHelper output)
    {
        if (ExternalTool.Require("node", output, "install Node.js (Debian package nodejs)") is not { } node) return null;
        var tool = Path.Combine(RepoPaths.Root, "tests", "tools", "zotero");
        if (Directory.Exists(Path.Combine(tool, "node_modules", "zotero-translators"))) return (node, tool);
        var message = $"Zotero's translators are not installed; run 'npm ci --ignore-scripts' in {tool}";
        if (ExternalTool.InCi) Assert.Fail(message);
        output.WriteLine("SKIPPED: " + message);
        return null;
    }

    /// <summary>Imports <paramref name="file"/> and returns Zotero's items as JSON, or null when the import failed.</summary>
    public static List<JsonElement>? TryImport((string Node, string Tool) zotero, string file, out string log)
    {
        var result = file + ".imported.json";
        (var exit, log) = ExternalTool.Run(zotero.Node, zotero.Tool, "import.js", file, result);
        if (exit != 0) return null;
        using var doc = JsonDocument.Parse(File.ReadAllText(result, Encoding.UTF8));
        return doc.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    /// <summary>A string field of an imported item, or null.</summary>
    public static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
