using CsCheck;

namespace Publisher.Importers.Tests.Coverage;

/// <summary>
/// Generated reading lists that mix the block shapes the coverage pass must read (invented titles and
/// ids only): list items, pipe and HTML table rows, prose citations, headings with links below,
/// mentions, typos, BibTeX fences, link definitions, under random headings and nesting.
/// </summary>
internal static class GeneratedLists
{
    private static readonly Gen<string> Id = Gen.Select(Gen.Int[15, 26], Gen.Int[1, 12], Gen.Int[0, 99999],
        (y, m, n) => $"{y:00}{m:00}.{n:00000}");

    private static readonly Gen<string> Title = Gen.OneOf(
        Gen.Const("Invented Study of Toy Models"), Gen.Const("Made-Up Scaling: A Fiction"), Gen.Const("虚构的中文标题"),
        Gen.Const("Paper"), Gen.Const("📄"), Gen.Const("Example et al., 2023"), Gen.Const(""), Gen.Const("A \"Quoted\" Name"));

    private static readonly Gen<string> Url = Gen.Select(Id, Gen.Int[0, 7], (id, form) => form switch
    {
        0 => $"https://arxiv.org/abs/{id}",
        1 => $"https://arxiv.org/pdf/{id}.pdf",
        2 => $"http://arxiv.org/abs/{id}v2",
        3 => $"hhttps://arxiv.org/abs/{id}",
        4 => $"https://www.arxiv.org/html/{id}v1",
        5 => $"arxiv.org/pdf/{id}",
        6 => $"https://export.arxiv.org/abs/{id}",
        _ => $"https://arxiv.org/abs/{id}",
    });

    private static readonly Gen<string> Block = Gen.OneOf(
        Gen.Select(Title, Url, (t, u) => $"- **{t}** [[Paper]({u})] [[Code](https://github.com/example/x)]\n"),
        Gen.Select(Title, Url, (t, u) => $"1. <u>X</u>: **\"{t}\"**. *A. Writer.* NeurIPS 2023. [[Paper]({u})]\n"),
        Gen.Select(Title, Url, (t, u) => $"| {t} | [📄]({u}) | 2024 |\n"),
        Gen.Select(Title, Url, (t, u) => $"<table><tr><td>{t}</td><td><a href=\"{u}\">Paper</a></td></tr></table>\n\n"),
        Gen.Select(Title, Url, Title, Url, (t, u, t2, u2) => $"先有工作（[{t}]({u})），后有（[{t2}]({u2})）。\n\n"),
        Gen.Select(Title, Url, (t, u) => $"### {t}\n\n[Paper]({u})\n\n"),
        Gen.Select(Id, Id, (a, b) => $"Mentions arXiv:{a} and arXiv preprint arXiv:{b}.\n\n"),
        Gen.Select(Title, Url, (t, u) => $"论文 {t}：{u}\n"),
        Gen.Select(Title, Id, (t, id) => $"```bibtex\n@article{{k{id.Replace(".", "")},\n  title = {{{t}}},\n  journal = {{arXiv preprint arXiv:{id}}}\n}}\n```\n\n"),
        Gen.Select(Title, Url, (t, u) => $"[{(t.Length == 0 ? "r" : t)}]: {u}\n\n"),
        Gen.Select(Title, Url, (t, u) => $"01/2024|[{t}]({u})\r\n"),
        Gen.Select(Title, Url, (t, u) => $"- {t}\n  - Authors: A. Writer\n  - [Paper]({u})\n"),
        Gen.OneOf(Gen.Const("## Section\n\n"), Gen.Const("#### 小节\n\n"), Gen.Const("\n"), Gen.Const("Some prose without links.\n\n")));

    /// <summary>A document of 1–30 blocks.</summary>
    public static Gen<string> Document { get; } = Block.Array[1, 30].Select(blocks => "# Invented list\n\n" + string.Concat(blocks));
}
