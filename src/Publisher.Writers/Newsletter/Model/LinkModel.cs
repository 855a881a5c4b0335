namespace Publisher.Writers.Newsletter.Model;

/// <summary>A link as templates see it (<c>link.kind</c>, <c>link.url</c>, <c>link.label</c>); only http, https and mailto links reach templates.</summary>
/// <param name="Kind">Role in lower case: <c>paper</c>, <c>pdf</c>, <c>code</c>, <c>weights</c>, <c>dataset</c>, <c>article</c>, <c>project</c>, <c>web</c>.</param>
/// <param name="Url">The URL escaped for a Markdown link destination.</param>
/// <param name="UrlRaw">The URL as the catalog has it.</param>
/// <param name="Label">The label the source list gave the link, Markdown-escaped; empty when none.</param>
public sealed record LinkModel(string Kind, string Url, string UrlRaw, string Label);
