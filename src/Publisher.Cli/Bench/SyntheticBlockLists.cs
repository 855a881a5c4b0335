using System.Text;

namespace Publisher.Cli.Bench;

/// <summary>Generated lists in the block shapes the coverage pass recognises (every title and id invented).</summary>
internal static class SyntheticBlockLists
{
    /// <summary>The shapes, by name.</summary>
    public static readonly string[] Shapes = ["pipe-table", "html-table", "numbered", "prose", "mentions"];

    /// <summary>Writes <paramref name="count"/> entries of one shape.</summary>
    public static void Write(string path, string shape, int count)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        w.Write("# Synthetic list (generated for benchmarks; every title and id is invented)\n\n");
        for (var i = 0; i < count; i++)
        {
            var (t, id) = (SyntheticLists.Title(i), SyntheticLists.ArxivId(i));
            if (i % 500 == 0)
            {
                if (shape == "html-table" && i > 0) w.Write("</table>\n\n");
                w.Write($"## Section {i / 500}\n\n");
                if (shape == "pipe-table") w.Write("| Date | Title | Links |\n|---|---|---|\n");
                if (shape == "html-table") w.Write("<table>\n<tr><th>Paper</th><th>Resources</th></tr>\n");
            }
            w.Write(shape switch
            {
                "pipe-table" => $"| 2024-01 | **{t}**<br>*A. Writer* | [![arXiv](https://img.shields.io/badge/arXiv-{id}-red)](https://arxiv.org/abs/{id}) |\n",
                "html-table" => $"<tr><td><a href=\"./notes/{i}.md\">{t}</a></td><td><a href=\"https://arxiv.org/abs/{id}\">📄</a></td></tr>\n",
                "numbered" => $"{i % 500 + 1}. <u>N{i}</u>: **\"{t}\"**. *A. Writer.* NeurIPS 2023. [[Paper](https://arxiv.org/abs/{id})] [[Checkpoint](https://huggingface.co/example/m{i})]\n",
                "prose" => i % 3 == 2 ? $"（[{t}](https://arxiv.org/pdf/{id}.pdf)）。\n\n" : $"前人工作（[{t}](https://arxiv.org/pdf/{id}.pdf)），",
                _ => $"- \"{t}\" arXiv preprint arXiv:{id} (2024).\n",
            });
        }
        if (shape == "html-table") w.Write("</table>\n");
    }
}
