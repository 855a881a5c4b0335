using Publisher.Importers.ReadingLists.Common;
using Publisher.Model;

namespace Publisher.Importers.Tests.Common;

public sealed class LinkClassifierTests
{
    [Theory]
    [InlineData("https://arxiv.org/abs/2106.09685", null, LinkKind.Paper)]
    [InlineData("https://arxiv.org/pdf/2305.14314.pdf", "paper", LinkKind.Pdf)]
    [InlineData("https://github.com/artidoro/qlora", "project", LinkKind.Code)]
    [InlineData("https://gitlab.com/example/repo", null, LinkKind.Code)]
    [InlineData("https://github.com/example", null, LinkKind.Web)] // an account page is not code
    [InlineData("https://github.com/example-org/invented-list/pulls", null, LinkKind.Web)] // the list's own tracker is not a work
    [InlineData("https://github.com/example-org/invented-list/issues/3", null, LinkKind.Web)]
    [InlineData("https://github.com/example-org/issues", null, LinkKind.Code)] // a repository named "issues" is code
    [InlineData("https://github.com/example-org/toy-data/blob/main/DATA_LICENSE", null, LinkKind.Web)] // a licence file is not a work
    [InlineData("https://github.com/example-org/toy-data/blob/main/train.py", null, LinkKind.Code)]
    [InlineData("https://www.aclweb.org/anthology/2031.inv-main.1/", null, LinkKind.Paper)] // the anthology's old address
    [InlineData("https://example.github.io/widgets/", null, LinkKind.Project)]
    [InlineData("https://huggingface.co/example-org", null, LinkKind.Web)]
    [InlineData("https://www.modelscope.cn/studios/example/demo", null, LinkKind.Project)]
    [InlineData("https://example.org/blog/invented-post", null, LinkKind.Article)]
    [InlineData("https://huggingface.co/baichuan-inc/baichuan-7B", "huggingface", LinkKind.Weights)]
    [InlineData("https://huggingface.co/datasets/GAIR/lima", "dataset", LinkKind.Dataset)]
    [InlineData("https://huggingface.co/blog/moe", null, LinkKind.Article)]
    [InlineData("https://mp.weixin.qq.com/s/abc", null, LinkKind.Article)]
    [InlineData("https://zhuanlan.zhihu.com/p/1", null, LinkKind.Article)]
    [InlineData("https://example.org/page", null, LinkKind.Web)]
    [InlineData("https://example.org/page", "Demo", LinkKind.Project)]
    [InlineData("https://example.org/post", "blog", LinkKind.Article)]
    [InlineData("https://example.org/paper.pdf", null, LinkKind.Pdf)]
    [InlineData("./documents/2022.GLM.pdf", "pdf", LinkKind.Pdf)]
    [InlineData("file:///C:/Users/x/Desktop/0526.pdf", "paper", LinkKind.Pdf)]
    [InlineData("https://aclanthology.org/2022.acl-long.26/", "acl", LinkKind.Paper)]
    public void Classify_UrlAndLabel_GivesKind(string url, string? label, LinkKind expected) =>
        Assert.Equal(expected, LinkClassifier.Classify(url, label));

    [Theory]
    [InlineData("https://arxiv.org/abs/1706.03762", "1706.03762")]
    [InlineData("https://arxiv.org/pdf/2305.11206.pdf", "2305.11206")]
    [InlineData("https://arxiv.org/abs/2401.00001v3", "2401.00001v3")]
    public void TryArxiv_ArxivUrl_GivesId(string url, string expected)
    {
        Assert.True(LinkClassifier.TryArxiv(url, out var id));
        Assert.Equal(expected, id.ToString());
    }

    [Theory]
    [InlineData("https://arxiv.org/abs/2210.107605")]
    [InlineData("https://github.com/a/b")]
    public void TryArxiv_NotAValidArxivUrl_Fails(string url) => Assert.False(LinkClassifier.TryArxiv(url, out _));

    [Theory]
    [InlineData("paper", true)]
    [InlineData("Code", true)]
    [InlineData("[[PDF]]", true)]
    [InlineData("Attention Is All You Need", false)]
    public void IsRoleLabel_Label_TellsRoleFromTitle(string label, bool expected) => Assert.Equal(expected, LinkClassifier.IsRoleLabel(label));
}
