using CsCheck;
using Publisher.Importers.ReadingLists.Awesome;
using Publisher.Importers.ReadingLists.Digest;
using Publisher.Importers.ReadingLists.GenericMarkdown;
using Publisher.Importers.ReadingLists.Reposted;

namespace Publisher.Importers.Tests.Common;

/// <summary>Bad input never throws out of a reading-list importer, and every reported line exists.</summary>
public sealed class ReadingListRobustnessTests
{
    private static readonly IImporter[] Importers = [new NewsletterDigestImporter(), new RepostedListImporter(), new AwesomeListImporter(), new GenericMarkdownImporter()];

    // Fragments of every style, glued in random order, so generated documents look half-real.
    private static readonly string[] Fragments =
    [
        "#### 主题\n", "**1、[标题](https://mp.weixin.qq.com/s/x)**\n", "**A Synthetic Title**\n", "[[paper](https://arxiv.org/abs/2401.00001)]，[[code](https://github.com/a/b)]\n",
        "在这里插入图片描述\n", "** 作者*:A B, C D\n", "** 原文*:https://arxiv.org/abs/2401.0\n", "+ **Name.** [[github](https://github.com/x/y)]\n",
        "    *A B.* **conf, 2023.** [[arxiv](https://arxiv.org/abs/2401.000001)]\n", "```\ncode\n", "<p><img src=x></p>\n", "| a | b |\n|---|---|\n| [t](https://arxiv.org/abs/2401.00002) | x |\n",
        "\n", "  - nested\n", "[", "](", "**", "*", "、", "\r\n", "<!--", "-->", "file:///c:/x.pdf",
    ];

    [Fact]
    public void Import_RandomDocuments_NeverThrowsAndLinesAreInRange()
    {
        Gen.Int[0, Fragments.Length - 1].Array[0, 40].Sample(picks =>
        {
            var text = string.Concat(picks.Select(i => Fragments[i]));
            var doc = new SourceDocument("random.md", text);
            foreach (var importer in Importers)
            {
                _ = importer.Detect(doc);
                var result = importer.Import(doc);
                foreach (var d in result.Diagnostics) Assert.InRange(d.Line, 0, doc.Lines.Count);
                foreach (var e in result.Entries) Assert.InRange(e.Sources[0].Line, 1, doc.Lines.Count);
            }
        }, iter: 300);
    }
}
