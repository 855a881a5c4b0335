namespace Publisher.Model;

/// <summary>A summary or abstract in one language, remembering who wrote it.</summary>
/// <param name="Text">Plain text (Markdown markup removed by the importer).</param>
/// <param name="Language">BCP 47 tag: <c>zh</c>, <c>en</c>.</param>
/// <param name="Source">Where it came from: a list's file name, or <c>arxiv</c> for an abstract.</param>
public sealed record Summary(string Text, string Language, string Source);
