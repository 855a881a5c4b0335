using System.Globalization;
using System.Text;

namespace Publisher.Cli.Bench;

/// <summary>Generated inputs for benchmarks: invented titles, authors and arXiv ids (no real paper's metadata).</summary>
internal static class SyntheticLists
{
    private static readonly string[] Words = ["invented", "synthetic", "model", "language", "learning", "sparse", "token", "graph", "agent", "reward",
        "scaling", "retrieval", "alignment", "vision", "speech", "memory", "planning", "toy", "benchmark", "adapter"];

    /// <summary>A synthetic arXiv id, unique for i &lt; 1,200,000 (months 2001–2012 × 99,999).</summary>
    public static string ArxivId(int i) => string.Create(CultureInfo.InvariantCulture, $"{20 + i / 1_199_988 % 6:D2}{1 + i / 99_999 % 12:D2}.{1 + i % 99_999:D5}");

    /// <summary>A synthetic, unique title.</summary>
    public static string Title(int i)
    {
        var sb = new StringBuilder("A ");
        var x = (uint)i * 2654435761u;
        for (var k = 0; k < 5; k++) { sb.Append(Words[x % (uint)Words.Length]).Append(' '); x = x * 1103515245u + 12345u; }
        return sb.Append("Study Number ").Append(i.ToString(CultureInfo.InvariantCulture)).ToString();
    }

    /// <summary>An awesome-list style Markdown file with <paramref name="count"/> entries in sections of 50.</summary>
    public static void WriteAwesomeList(string path, int count)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        w.Write("# Synthetic reading list (generated for benchmarks; every title, author and id is invented)\n\n");
        for (var i = 0; i < count; i++)
        {
            if (i % 50 == 0) w.Write($"\n## Section {i / 50}\n\n");
            w.Write($"+ **{Title(i)}.**\n\n    *Ann Example{i % 97}, Bo Sample{i % 89}.* **arxiv, {2020 + i % 5}.** [[arxiv](https://arxiv.org/abs/{ArxivId(i)})] [[code](https://github.com/example/repo{i})]\n\n    虚构的摘要，用于基准测试。\n\n");
        }
    }

    /// <summary>A BibTeX file with <paramref name="count"/> synthetic preprint entries.</summary>
    public static void WriteBibTeX(string path, int count)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        w.Write("% Synthetic BibTeX generated for benchmarks; every title, author and id is invented.\n\n");
        for (var i = 0; i < count; i++)
        {
            var id = ArxivId(i);
            w.Write($"@misc{{example{i},\n  title = {{{Title(i)}}},\n  author = {{Example{i % 97}, Ann and Sample{i % 89}, Bo and {{Invented Lab}}}},\n  year = {{{2020 + i % 5}}},\n  eprint = {{{id}}},\n  archivePrefix = {{arXiv}},\n  primaryClass = {{cs.CL}},\n  url = {{https://arxiv.org/abs/{id}}}\n}}\n\n");
        }
    }
}
