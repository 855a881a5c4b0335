using Publisher.Importers.ReadingLists.Awesome;
using Publisher.Importers.ReadingLists.Digest;
using Publisher.Importers.ReadingLists.Reposted;

namespace Publisher.Importers.Tests.Digest;

public sealed class DigestDetectionTests
{
    private const string Boilerplate = """
        定期更新最新研究进展，欢迎关注！

        知乎地址：[**Example**](https://www.zhihu.com/people/example)

        微信公众号: [**Example**（每日更新，欢迎关注）](https://mp.weixin.qq.com/s?__biz=EXAMPLE)
        """;

    [Fact]
    public void Import_HeaderBoilerplateOnly_GivesNoEntries()
    {
        var doc = new SourceDocument("boilerplate.md", Boilerplate);
        Assert.Empty(new NewsletterDigestImporter().Import(doc).Entries);
        Assert.Equal(0, new NewsletterDigestImporter().Detect(doc));
    }

    [Theory]
    [InlineData("**1、[合成标题](https://mp.weixin.qq.com/s/a)**")]
    [InlineData("**1**、[**合成标题**](https://mp.weixin.qq.com/s/a)")]
    [InlineData("1、[**合成标题**](https://mp.weixin.qq.com/s/a)")]
    [InlineData("**[2、合成标题](https://mp.weixin.qq.com/s/a)**")]
    public void Import_EachNumberingStyle_GivesHeadlineAsZhAltTitle(string headline)
    {
        // Synthetic entry: invented title and id.
        var text = $"## 主题\n\n{headline}\n\n**A Synthetic Paper Title**\n\n合成摘要。[[Paper](https://arxiv.org/abs/2401.00001)]\n";
        var doc = new SourceDocument("one.md", text);
        Assert.True(new NewsletterDigestImporter().Detect(doc) > new AwesomeListImporter().Detect(doc));
        Assert.True(new NewsletterDigestImporter().Detect(doc) > new RepostedListImporter().Detect(doc));
        var entry = Assert.Single(new NewsletterDigestImporter().Import(doc).Entries);
        Assert.Equal("A Synthetic Paper Title", entry.Title);
        Assert.Equal("合成标题", entry.AltTitleIn("zh"));
        Assert.Equal(3, entry.Sources[0].Line);
        Assert.Equal("https://mp.weixin.qq.com/s/a", entry.Links[0].Url);
    }

    [Fact]
    public void Detect_NumberedLinkListWithoutBoldTitles_IsNotADigest()
    {
        // Synthetic generic list: invented titles and ids.
        var doc = new SourceDocument("list.md", "# Papers\n\n1、[A Synthetic Paper](https://arxiv.org/abs/2401.00001) [[code](https://github.com/example/a)]\n\n2、[Another Synthetic Paper](https://arxiv.org/abs/2401.00002) [[code](https://github.com/example/b)]\n");
        Assert.Equal(0, new NewsletterDigestImporter().Detect(doc));
        var (result, importer) = new CatalogImporter(ImporterRegistry.CreateDefault()).ImportDocument(doc);
        Assert.Equal("markdown", importer);
        Assert.Equal(["A Synthetic Paper", "Another Synthetic Paper"], result.Entries.Select(e => e.Title));
    }

    [Fact]
    public void Import_LinkSwallowedByHtmlBlock_ReportsItsOwnLine()
    {
        // Synthetic entry: the summary line with a mistyped arXiv link sits inside an HTML block (no blank line after the tag).
        var text = "#### 主题\n\n**1、[合成标题](https://mp.weixin.qq.com/s/a)**\n\n<center><img src=\"x.png\" /></center>\n**A Synthetic Paper Title**\n合成摘要。[[paper](https://arxiv.org/abs/2401.1)]\n";
        var result = new NewsletterDigestImporter().Import(new SourceDocument("html.md", text));
        var entry = Assert.Single(result.Entries);
        Assert.Equal("A Synthetic Paper Title", entry.Title);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("PUB210", 7), (warning.Code, warning.Line));
    }
}
