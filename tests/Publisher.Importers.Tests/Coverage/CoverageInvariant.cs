using System.Text.RegularExpressions;

namespace Publisher.Importers.Tests.Coverage;

/// <summary>
/// The coverage guarantee, checked independently of the importers: every arXiv id a regex finds in the raw
/// text is on an entry, or a diagnostic names it.
/// </summary>
internal static partial class CoverageInvariant
{
    /// <summary>Ids in the text (URL forms and <c>arXiv:</c> mentions) that are neither on an entry nor named by a diagnostic.</summary>
    public static IReadOnlyList<string> Unaccounted(string text, ImportResult result)
    {
        var onEntries = result.Entries.Where(e => e.ArxivId is not null).Select(e => e.ArxivId!.Base).ToHashSet(StringComparer.Ordinal);
        var diagnostics = string.Join('\n', result.Diagnostics.Select(d => d.Message));
        return Ids().Matches(text).Select(m => m.Groups["id"].Value)
            .Where(id => !onEntries.Contains(id) && !diagnostics.Contains(id, StringComparison.Ordinal))
            .Distinct().ToList();
    }

    // Deliberately not the scanner's regex: new-style ids with the 4/5-digit rule, old-style archive ids.
    [GeneratedRegex(@"(?:arxiv\.org/(?:abs|pdf|html)/|arxiv\s*[:：]\s*)(?<id>(?:0[7-9]|1[0-4])(?:0[1-9]|1[0-2])\.\d{4}|(?:1[5-9]|[2-9]\d)(?:0[1-9]|1[0-2])\.\d{5}|[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?/\d{2}(?:0[1-9]|1[0-2])\d{3})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ids();
}
