using System.Text.RegularExpressions;
using Markdig.Syntax.Inlines;

namespace Publisher.Importers.ReadingLists.Common;

/// <summary>
/// Splits a paragraph such as <c>Summary text. [[paper](u)]，[[Code](u)] [https://…]</c> into its prose
/// and its labelled links. Role-labelled links and bare URLs are links; other links stay in the prose.
/// </summary>
public static partial class LinkLine
{
    /// <summary>The prose of a paragraph with role links, bare URLs and their brackets and separators removed.</summary>
    public static string Prose(ContainerInline? inline) => Prose(inline is null ? [] : [inline]);

    /// <summary>The prose of a run of inlines (one or more lines of a paragraph).</summary>
    public static string Prose(IEnumerable<Inline> inlines)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var inline in inlines) Append(inline, sb);
        var text = BareUrlInBrackets().Replace(sb.ToString(), " ");
        text = EmptyBrackets().Replace(text, " ");
        text = MarkdownSyntax.Collapse(text);
        // "Title (https://…pdf)": the address takes the closing parenthesis with it, leaving the opening one.
        return text.TrimEnd(' ', '，', '、', ',', ';', '；', '|', '/', '(', '（').Trim();
    }

    /// <summary>The role links (label is paper/code/...) and bare URLs of a paragraph.</summary>
    public static IReadOnlyList<FoundLink> RoleLinks(ContainerInline? inline) => RoleLinks(inline is null ? [] : [inline]);

    /// <summary>The role links and bare URLs of a run of inlines.</summary>
    public static IReadOnlyList<FoundLink> RoleLinks(IEnumerable<Inline> inlines) =>
        inlines.SelectMany(MarkdownSyntax.Links).Where(l => l.Label.Length == 0 || LinkClassifier.IsRoleLabel(l.Label) || IsUrlLabel(l)).ToList();

    private static bool IsUrlLabel(FoundLink l) => l.Label.StartsWith("http", StringComparison.OrdinalIgnoreCase);

    private static void Append(Inline? inline, System.Text.StringBuilder sb)
    {
        switch (inline)
        {
            case null: return;
            case LinkInline { IsImage: true }: return;
            case LinkInline link:
                var label = MarkdownSyntax.PlainText(link);
                if (LinkClassifier.IsRoleLabel(label) || label.Length == 0 || label.StartsWith("http", StringComparison.OrdinalIgnoreCase)) sb.Append(' ');
                else sb.Append(label);
                return;
            case AutolinkInline: sb.Append(' '); return;
            case HtmlInline: return;
            case LiteralInline lit: sb.Append(lit.Content.ToString()); return;
            case CodeInline code: sb.Append(code.Content); return;
            case LineBreakInline: sb.Append(' '); return;
            case HtmlEntityInline ent: sb.Append(ent.Transcoded.ToString()); return;
            case ContainerInline c:
                foreach (var child in c) Append(child, sb);
                return;
        }
    }

    [GeneratedRegex(@"\[?\s*(?:h|-)?https?://[^\s\]]+\s*\]?", RegexOptions.CultureInvariant)]
    private static partial Regex BareUrlInBrackets();

    [GeneratedRegex(@"[\[【]\s*[\]】]", RegexOptions.CultureInvariant)]
    private static partial Regex EmptyBrackets();
}
