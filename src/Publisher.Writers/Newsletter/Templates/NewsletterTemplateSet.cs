using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Publisher.Writers.Newsletter.Model;

namespace Publisher.Writers.Newsletter.Templates;

/// <summary>
/// One template folder (<c>issue.scriban</c> + the partials it includes, and optionally the web edition's
/// <c>page.scriban</c> and <c>archive.scriban</c>), parsed up front so that every syntax error in every file
/// is reported before anything is rendered or written.
/// </summary>
public sealed class NewsletterTemplateSet
{
    /// <summary>The layout every set must have; it includes the others.</summary>
    public const string IssueTemplate = "issue.scriban";
    /// <summary>The optional web page around an issue's HTML; without it the page is Markdig's bare document.</summary>
    public const string PageTemplate = "page.scriban";
    /// <summary>The optional archive page (<c>index.html</c>); without it no archive is written.</summary>
    public const string ArchiveTemplate = "archive.scriban";

    private readonly IReadOnlyDictionary<string, Template> _templates;

    private NewsletterTemplateSet(string directory, IReadOnlyDictionary<string, Template> templates, IReadOnlyList<TemplateError> errors)
    {
        Directory = directory;
        _templates = templates;
        Errors = errors;
        Loader = new SandboxedTemplateLoader(directory);
    }

    /// <summary>The template folder, absolute.</summary>
    public string Directory { get; }
    /// <summary>Every parse error in every template of the folder; empty when the set is usable.</summary>
    public IReadOnlyList<TemplateError> Errors { get; }
    /// <summary>The loader confined to <see cref="Directory"/>.</summary>
    public SandboxedTemplateLoader Loader { get; }
    /// <summary>True when the set styles its own web page (<c>page.scriban</c>).</summary>
    public bool HasPage => _templates.ContainsKey(PageTemplate);
    /// <summary>True when the set has an archive page (<c>archive.scriban</c>).</summary>
    public bool HasArchive => _templates.ContainsKey(ArchiveTemplate);

    /// <summary>
    /// Finds the set: <paramref name="templatesDirectory"/> itself when it holds <c>*.scriban</c> files
    /// (normally <c>issue.scriban</c>), else its <paramref name="style"/> subfolder.
    /// </summary>
    public static string ResolveDirectory(string templatesDirectory, string style)
    {
        var dir = Path.GetFullPath(templatesDirectory);
        return System.IO.Directory.Exists(dir) && System.IO.Directory.EnumerateFiles(dir, "*.scriban").Any() ? dir : Path.Combine(dir, style);
    }

    /// <summary>Parses every <c>*.scriban</c> file in the folder (recursively) and collects all errors.</summary>
    public static NewsletterTemplateSet Load(string directory)
    {
        var dir = Path.GetFullPath(directory);
        var errors = new List<TemplateError>();
        if (!System.IO.Directory.Exists(dir))
            return new NewsletterTemplateSet(dir, new Dictionary<string, Template>(), [new TemplateError(dir, 0, 0, "template folder not found; pass --templates DIR or --style digest|weekly")]);
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var loader = new SandboxedTemplateLoader(dir);
        var files = new List<string>();
        foreach (var file in System.IO.Directory.EnumerateFiles(dir, "*.scriban", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            // Never read (and so never echo in an error message) a linked file that lives outside the folder.
            if (loader.IsInside(file)) files.Add(file);
            else errors.Add(new TemplateError(loader.Relative(file), 0, 0, "refused: a symbolic link leading outside the template folder"));
        }
        if (!files.Any(f => Path.GetRelativePath(dir, f) == IssueTemplate))
            errors.Add(new TemplateError(IssueTemplate, 0, 0, $"missing: every template folder needs {IssueTemplate} (the issue layout)"));
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(dir, file).Replace(Path.DirectorySeparatorChar, '/');
            string text;
            try { text = File.ReadAllText(file); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add(new TemplateError(relative, 0, 0, "cannot read: " + e.Message));
                continue;
            }
            var template = Template.Parse(text, relative);
            foreach (var m in template.Messages.Where(m => m.Type == ParserMessageType.Error))
                errors.Add(FromSpan(m.Span, m.Message, relative));
            templates[relative] = template;
        }
        return new NewsletterTemplateSet(dir, templates, errors);
    }

    /// <summary>Renders an issue's Markdown; returns the text, or null and the error located in its template.</summary>
    public (string? Text, TemplateError? Error) Render(IssueModel issue, TemplateLimits limits) =>
        Render(IssueTemplate, "issue", issue, issue.EntryCount, limits);

    /// <summary>Renders an issue's web page with <c>page.scriban</c> (check <see cref="HasPage"/> first).</summary>
    public (string? Text, TemplateError? Error) RenderPage(PageModel page, TemplateLimits limits) =>
        Render(PageTemplate, "page", page, page.EntryCount, limits);

    /// <summary>Renders the archive page with <c>archive.scriban</c> (check <see cref="HasArchive"/> first).</summary>
    public (string? Text, TemplateError? Error) RenderArchive(ArchiveModel archive, TemplateLimits limits) =>
        Render(ArchiveTemplate, "archive", archive, archive.Issues.Sum(i => 1 + i.Topics.Count), limits);

    private (string? Text, TemplateError? Error) Render(string name, string variable, object model, int items, TemplateLimits limits)
    {
        if (Errors.Count > 0 || !_templates.TryGetValue(name, out var template))
            return (null, Errors.FirstOrDefault() ?? new TemplateError(name, 0, 0, "template set not loaded"));
        using var deadline = new CancellationTokenSource(limits.TimeLimit);
        // Scriban counts iterations (loops and array functions such as array.join) across the whole render,
        // so the budget grows with the issue: a few dozen steps per entry always fit, a runaway loop never does.
        var context = new SandboxedTemplateContext(Loader, limits with { LoopLimit = (int)Math.Min(int.MaxValue, limits.LoopLimit + 50L * items) }, deadline.Token);
        var globals = new ScriptObject();
        globals.SetValue(variable, model, true);
        context.PushGlobal(globals);
        try
        {
            var text = template.Render(context);
            return (text, null);
        }
        catch (ScriptRuntimeException e)
        {
            // Scriban's own abort check may fire before ours; either way the cause is the deadline.
            var message = deadline.IsCancellationRequested && !e.OriginalMessage.Contains("time limit")
                ? $"template time limit of {limits.TimeLimit.TotalSeconds:0.###} s exceeded (a loop or recursion that never ends?)"
                : e.OriginalMessage;
            return (null, FromSpan(e.Span, message, name));
        }
        catch (OperationCanceledException)
        {
            return (null, new TemplateError(name, 0, 0, "template time limit exceeded"));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A builtin that fails outside Scriban's own checks (overflow, bad format) is still the template's problem.
            return (null, new TemplateError(name, 0, 0, $"{e.GetType().Name}: {e.Message}"));
        }
    }

    private TemplateError FromSpan(SourceSpan span, string message, string fallbackFile) => FromSpan(span, message, fallbackFile, Directory);

    private static TemplateError FromSpan(SourceSpan span, string message, string fallbackFile, string? root = null)
    {
        var file = string.IsNullOrEmpty(span.FileName) ? fallbackFile : span.FileName;
        // Included templates are named by the loader's full path; show them relative to the folder like the others.
        if (root is not null && Path.IsPathRooted(file)) file = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
        return new TemplateError(file, span.Start.Line + 1, span.Start.Column + 1, message);
    }
}
