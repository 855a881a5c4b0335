using Publisher.Importers.ReadingLists.Reposted;

namespace Publisher.Importers.Tests.Reposted;

public sealed class RepostedLineEndingTests
{
    // Synthetic entries: invented titles, names and ids.
    private const string Text = "合成清单\n\n合成研究一\n\nA Synthetic Paper One\n\n在这里插入图片描述\n\n** 作者*:Alice Example\n\n** 原文*:https://arxiv.org/abs/2401.00001\n\n合成摘要。\n\n合成研究二\nA Synthetic Paper Two\n原文：https://arxiv.org/abs/2401.00002\n合成摘要二。\n";

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Import_AnyLineEnding_SameEntriesAndLines(string newline)
    {
        var doc = new SourceDocument("list.txt", Text.Replace("\n", newline));
        var result = new RepostedListImporter().Import(doc);
        Assert.Equal([(3, "A Synthetic Paper One", "2401.00001"), (15, "A Synthetic Paper Two", "2401.00002")],
            result.Entries.Select(e => (e.Sources[0].Line, e.Title, e.ArxivId!.ToString())).ToArray());
        Assert.Equal("Alice Example", result.Entries[0].Authors.Single().DisplayName);
        Assert.Equal("合成研究二", result.Entries[1].AltTitleIn("zh"));
    }
}
