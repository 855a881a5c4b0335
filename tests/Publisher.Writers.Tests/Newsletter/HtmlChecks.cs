using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Publisher.Writers.Tests.Newsletter;

/// <summary>Parses generated pages with AngleSharp (an HTML5 parser) and checks what a browser would trip over.</summary>
internal static class HtmlChecks
{
    /// <summary>Parses a document and returns it with every parse error AngleSharp reported (line:column: message).</summary>
    public static (IDocument Document, List<string> Errors) Parse(string html)
    {
        var errors = new List<string>();
        var parser = new HtmlParser(new HtmlParserOptions { IsStrictMode = false });
        parser.Error += (_, e) =>
        {
            var error = (AngleSharp.Html.Dom.Events.HtmlErrorEvent)e;
            errors.Add($"{error.Position.Line}:{error.Position.Column}: {error.Message}");
        };
        return (parser.ParseDocument(html), errors);
    }

    /// <summary>
    /// Every link of the page that is not http(s) or mailto, with why it does not resolve: a file that is not in
    /// <paramref name="folder"/>, or a <c>#fragment</c> with no element of that id in the target page.
    /// </summary>
    public static IEnumerable<string> BrokenLocalLinks(string folder, string pageName)
    {
        var (document, _) = Parse(File.ReadAllText(Path.Combine(folder, pageName)));
        foreach (var href in document.QuerySelectorAll("a[href], link[href]").Select(a => a.GetAttribute("href")!))
        {
            if (href.StartsWith("http://", StringComparison.Ordinal) || href.StartsWith("https://", StringComparison.Ordinal)
                || href.StartsWith("mailto:", StringComparison.Ordinal))
                continue;
            var hash = href.IndexOf('#');
            var file = hash < 0 ? href : href[..hash];
            var fragment = hash < 0 ? "" : Uri.UnescapeDataString(href[(hash + 1)..]);
            var target = file.Length == 0 ? pageName : file;
            if (file.Contains('/') || file.Contains(':') || !File.Exists(Path.Combine(folder, target)))
            {
                yield return $"{pageName}: {href} (no such file in the newsletter folder)";
                continue;
            }
            if (fragment.Length > 0 && Parse(File.ReadAllText(Path.Combine(folder, target))).Document.GetElementById(fragment) is null)
                yield return $"{pageName}: {href} (no element with id '{fragment}' in {target})";
        }
    }
}
