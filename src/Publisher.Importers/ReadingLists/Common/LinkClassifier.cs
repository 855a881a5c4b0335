using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Publisher.Model;

namespace Publisher.Importers.ReadingLists.Common;

/// <summary>
/// Types a link from its URL and the label the list gave it. The URL decides first (an arXiv
/// PDF is a PDF whatever it is called); a label only refines a URL the host does not explain.
/// </summary>
public static partial class LinkClassifier
{
    private static readonly string[] ArticleHosts = ["mp.weixin.qq.com", "zhihu.com", "zhuanlan.zhihu.com", "medium.com", "substack.com", "notion.site", "csdn.net", "juejin.cn", "jiqizhixin.com"];
    private static readonly string[] CodeHosts = ["github.com", "gitlab.com", "gitee.com", "bitbucket.org"];

    /// <summary>The role of a link.</summary>
    public static LinkKind Classify(string url, string? label = null)
    {
        var u = url.Trim();
        var l = NormaliseLabel(label);
        if (ArxivId.LooksLikeArxivUrl(u))
            return u.Contains("/pdf/", StringComparison.OrdinalIgnoreCase) ? LinkKind.Pdf : LinkKind.Paper;
        var host = HostOf(u);
        var path = PathOf(u);
        if (host is not null)
        {
            if (host == "gist.github.com") return LabelKind(l) ?? LinkKind.Code;
            // An account or organisation page (github.com/openai) is not code, nor is a repository's tracker
            // ("send [pull requests](…/pulls)"): that is about the list, not a work in it.
            if (CodeHosts.Any(h => HostIs(host, h))) return Depth(path) >= 2 && !IsAboutRepository(path) ? LinkKind.Code : LabelKind(l) ?? LinkKind.Web;
            if (host.EndsWith(".github.io", StringComparison.Ordinal)) return LabelKind(l) ?? LinkKind.Project;
            if (HostIs(host, "huggingface.co") || HostIs(host, "hf.co"))
            {
                if (path.StartsWith("/datasets/", StringComparison.OrdinalIgnoreCase)) return LinkKind.Dataset;
                if (path.StartsWith("/blog", StringComparison.OrdinalIgnoreCase)) return LinkKind.Article;
                if (path.StartsWith("/spaces/", StringComparison.OrdinalIgnoreCase)) return LinkKind.Project;
                if (path.StartsWith("/docs", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/papers/", StringComparison.OrdinalIgnoreCase))
                    return LabelKind(l) ?? LinkKind.Web;
                return Depth(path) >= 2 ? LinkKind.Weights : LabelKind(l) ?? LinkKind.Web;
            }
            if (HostIs(host, "modelscope.cn"))
                return path.Contains("/datasets/", StringComparison.OrdinalIgnoreCase) ? LinkKind.Dataset
                    : path.Contains("/studios/", StringComparison.OrdinalIgnoreCase) ? LinkKind.Project : LinkKind.Weights;
            if (ArticleHosts.Any(h => HostIs(host, h)) || host.StartsWith("blog.", StringComparison.Ordinal) || path.Contains("/blog/", StringComparison.OrdinalIgnoreCase))
                return LinkKind.Article;
            // Publishers serve a paper's PDF at ".../pdf" (iopscience, dl.acm.org/doi/pdf/…, openreview.net/pdf?id=…).
            if (path.EndsWith("/pdf", StringComparison.OrdinalIgnoreCase) || path.Contains("/doi/pdf/", StringComparison.OrdinalIgnoreCase))
                return LinkKind.Pdf;
            if (HostIs(host, "aclanthology.org") || HostIs(host, "aclweb.org") && path.StartsWith("/anthology/", StringComparison.OrdinalIgnoreCase) || HostIs(host, "openreview.net") || HostIs(host, "doi.org") || HostIs(host, "proceedings.neurips.cc"))
                return path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? LinkKind.Pdf : LinkKind.Paper;
        }
        if (path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || u.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            return LinkKind.Pdf;
        return LabelKind(l) ?? LinkKind.Web;
    }

    /// <summary>Extracts the arXiv id from an arXiv URL or bare id.</summary>
    public static bool TryArxiv(string url, [NotNullWhen(true)] out ArxivId? id) => ArxivId.TryParseUrlOrId(url, out id);

    /// <summary>True when a link label is only a role word (<c>paper</c>, <c>Code</c>, <c>arxiv</c>), not a title.</summary>
    public static bool IsRoleLabel(string? label) => NormaliseLabel(label) is { } l && (LabelKind(l) is not null || l is "link" or "here" or "url" or "链接" or "地址" or "原文");

    private static LinkKind? LabelKind(string? l) => l switch
    {
        null or "" => null,
        "paper" or "论文" or "arxiv" or "acl" or "abs" or "abstract" => LinkKind.Paper,
        "pdf" => LinkKind.Pdf,
        "code" or "github" or "gitlab" or "repo" or "repository" or "github repo" or "github repository" or "code repo" or "代码" or "源码" => LinkKind.Code,
        "project" or "project page" or "homepage" or "website" or "official website" or "demo" or "demo page" or "主页" => LinkKind.Project,
        "blog" or "article" or "post" or "explanation" or "summary" or "slides" or "video" or "youtube" or "bilibili" or "博客" or "文章" => LinkKind.Article,
        "huggingface" or "hf" or "model" or "model weights" or "weights" or "checkpoint" or "checkpoints" or "模型" => LinkKind.Weights,
        "dataset" or "data" or "数据" or "数据集" => LinkKind.Dataset,
        _ => null,
    };

    private static string? NormaliseLabel(string? label) =>
        label is null ? null : string.Join(' ', label.Trim().Trim('[', ']', '*', '_', ' ').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// The name of the repository a link points into (<c>https://github.com/owner/name/…</c> → <c>name</c>; GitLab,
    /// Gitee, Hugging Face models, datasets and spaces too), else null.
    /// </summary>
    public static string? RepositoryName(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        var segs = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segs.Length > 0 && ForgePages.Contains(segs[0])) return null;
        var at = host.ToLowerInvariant() switch
        {
            "github.com" or "gitee.com" => 1,
            // GitLab groups nest: the project is the last segment before "/-/".
            "gitlab.com" => Array.IndexOf(segs, "-") is var dash and > 1 ? dash - 1 : segs.Length - 1,
            "huggingface.co" or "hf.co" => segs.Length > 0 && segs[0] is "datasets" or "spaces" ? 2 : 1,
            _ => -1,
        };
        if (at < 1 || segs.Length <= at) return null;
        var name = Uri.UnescapeDataString(segs[at]);
        if (name.Contains('/')) return null;
        return name.EndsWith(".git", StringComparison.OrdinalIgnoreCase) ? name[..^4] : name;
    }

    // A forge's own pages, not an owner's: github.com/topics/llm, github.com/orgs/x/repositories.
    private static readonly HashSet<string> ForgePages = new(StringComparer.OrdinalIgnoreCase)
    {
        "topics", "orgs", "features", "sponsors", "marketplace", "collections", "settings", "search", "explore", "trending",
        "apps", "enterprise", "users", "login", "about", "pricing", "models", "docs", "blog", "papers",
    };

    // A page about the repository rather than its code: its tracker, or its licence file ("License: [CC BY 4.0](…/blob/main/DATA_LICENSE)").
    private static bool IsAboutRepository(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries) switch
        {
            [_, _, "blob", .., var file] => LicenceFile().IsMatch(file),
            [_, _, var page, ..] => TrackerPages.Contains(page),
            _ => false,
        };

    [GeneratedRegex(@"^(?:DATA_|CODE_|MODEL_)?(?:LICEN[CS]E|COPYING)(?:[._-].*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LicenceFile();

    private static readonly HashSet<string> TrackerPages = new(StringComparer.OrdinalIgnoreCase)
    {
        "pulls", "pull", "issues", "discussions", "wiki", "stargazers", "graphs", "network", "actions", "compare", "contributors", "watchers",
    };

    private static int Depth(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool HostIs(string host, string domain) =>
        host.Equals(domain, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase);

    private static string? HostOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.Host.ToLowerInvariant() : null;

    private static string PathOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url.Split('?', '#')[0];
}
