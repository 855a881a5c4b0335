using System.Text;

namespace Publisher.Writers.Newsletter.Rendering;

/// <summary>Makes catalog text render literally inside Markdown (titles, headlines, summaries, topic names).</summary>
public static class MarkdownEscaper
{
    // Every character CommonMark or the GFM extensions Markdig enables give a meaning to inside a line.
    // '&' is escaped so "&amp;" in a title stays five characters instead of becoming an entity.
    private const string InlineSpecials = "\\`*_[]<>|~&!";

    /// <summary>Escapes text for use inside a Markdown paragraph, heading, emphasis or link label; line breaks become spaces.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var line = CollapseWhitespace(text);
        var sb = new StringBuilder(line.Length + 8);
        foreach (var c in line)
        {
            if (InlineSpecials.IndexOf(c) >= 0) sb.Append('\\');
            sb.Append(c);
        }
        EscapeLineStart(sb);
        return sb.ToString();
    }

    /// <summary>Makes a URL safe as a Markdown link destination: spaces, parentheses and angle brackets are percent-encoded.</summary>
    public static string EscapeUrl(string? url)
    {
        if (string.IsNullOrEmpty(url)) return "";
        var sb = new StringBuilder(url.Length);
        foreach (var c in url.Trim())
        {
            switch (c)
            {
                case ' ': sb.Append("%20"); break;
                case '(': sb.Append("%28"); break;
                case ')': sb.Append("%29"); break;
                case '<': sb.Append("%3C"); break;
                case '>': sb.Append("%3E"); break;
                case '\\': sb.Append("%5C"); break;
                case '\n' or '\r' or '\t': break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    private static string CollapseWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }

    // A template may put the text at the start of a line, where "# x", "> x", "- x", "+ x", "= x"
    // and "1. x" / "1) x" would open a heading, quote, list or setext underline.
    private static void EscapeLineStart(StringBuilder sb)
    {
        if (sb.Length == 0) return;
        if (sb[0] is '#' or '>' or '-' or '+' or '=')
        {
            sb.Insert(0, '\\');
            return;
        }
        var i = 0;
        while (i < sb.Length && i < 10 && char.IsAsciiDigit(sb[i])) i++;
        if (i > 0 && i < sb.Length && sb[i] is '.' or ')') sb.Insert(i, '\\');
    }
}
