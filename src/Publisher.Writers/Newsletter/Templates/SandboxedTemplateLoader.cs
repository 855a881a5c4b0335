using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Publisher.Writers.Newsletter.Templates;

/// <summary>
/// The only way a template reaches the file system: <c>include "name"</c> of a file inside the
/// template folder. Absolute paths, <c>..</c> segments and links leading outside are refused.
/// </summary>
public sealed class SandboxedTemplateLoader : ITemplateLoader
{
    private readonly string _root;

    /// <summary>Creates a loader confined to <paramref name="root"/>.</summary>
    public SandboxedTemplateLoader(string root)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
    }

    /// <summary>Resolves a template name to a path inside the folder; <c>.scriban</c> is appended when the name has no extension.</summary>
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        Resolve(templateName) ?? throw new ScriptRuntimeException(callerSpan,
            $"include \"{templateName}\" refused: templates may only include files inside the template folder by a relative name without '..'");

    /// <summary>Reads a template resolved by <see cref="GetPath"/>.</summary>
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        if (!IsInside(templatePath) || !File.Exists(templatePath))
            throw new ScriptRuntimeException(callerSpan, $"include \"{Relative(templatePath)}\" not found in the template folder");
        return File.ReadAllText(templatePath);
    }

    /// <summary>Async variant of <see cref="Load"/>.</summary>
    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new((string?)Load(context, callerSpan, templatePath));

    /// <summary>The full path for a name, or null when the name would leave the folder.</summary>
    public string? Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Contains('\0') || name.Contains(':')) return null;
        var normalized = name.Replace('\\', '/');
        if (normalized.StartsWith('/') || Path.IsPathRooted(name)) return null;
        if (normalized.Split('/').Any(s => s is ".." or "." or "")) return null;
        if (Path.GetExtension(normalized).Length == 0) normalized += ".scriban";
        var full = Path.GetFullPath(Path.Combine(_root, normalized));
        return IsInside(full) ? full : null;
    }

    /// <summary>The path relative to the template folder, with '/' separators.</summary>
    public string Relative(string path) =>
        Path.GetRelativePath(_root, path).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>True when the path, with every symbolic link on the way followed, stays inside the folder.</summary>
    public bool IsInside(string path)
    {
        var full = Path.GetFullPath(path);
        if (!full.StartsWith(_root, StringComparison.Ordinal)) return false;
        // A link inside the folder (to a file or to a directory) could point anywhere; follow each one.
        var current = _root.TrimEnd(Path.DirectorySeparatorChar);
        foreach (var segment in full[_root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, segment);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is null) continue;
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !(Path.GetFullPath(target.FullName) + Path.DirectorySeparatorChar).StartsWith(_root, StringComparison.Ordinal))
                return false;
        }
        return true;
    }
}
