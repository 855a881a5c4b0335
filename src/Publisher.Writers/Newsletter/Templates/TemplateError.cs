namespace Publisher.Writers.Newsletter.Templates;

/// <summary>A problem in a template, located so its author can fix it.</summary>
/// <param name="File">Template file, relative to the template folder (<c>entry.scriban</c>).</param>
/// <param name="Line">1-based line, 0 when unknown.</param>
/// <param name="Column">1-based column, 0 when unknown.</param>
/// <param name="Message">What went wrong.</param>
public sealed record TemplateError(string File, int Line, int Column, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
