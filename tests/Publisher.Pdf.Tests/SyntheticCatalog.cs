using Publisher.Model;

namespace Publisher.Pdf.Tests;

/// <summary>
/// Invented catalogs for layout tests. Every title, author and id here is made up
/// ("A Synthetic Study of …", ids 2401.xxxxx) and describes no real paper.
/// </summary>
internal static class SyntheticCatalog
{
    private static readonly string[] Topics = ["Reasoning / Chain of Thought", "Reasoning / Tool Use", "多模态 / 视觉语言模型", "Efficient Training", "检索增强生成"];
    private static readonly string[] Given = ["Ada", "Bao", "Chen", "Dara", "Emil", "Fang", "Greta", "Hiro"];
    private static readonly string[] Family = ["Synthwell", "Placeholder", "Example", "Fictor", "Madeup", "Inventa", "Sampleton", "Mockley"];

    /// <summary>A catalog of <paramref name="count"/> invented entries with CJK and Latin text, links and one table.</summary>
    public static Catalog Create(int count, bool withTable = true)
    {
        var entries = new List<Entry>();
        for (var i = 1; i <= count; i++)
        {
            var id = ArxivId.Parse($"2401.{i:D5}");
            var longTail = i % 7 == 0 ? " with an Exceptionally Long Title that Must Wrap Across Several Lines of the Entry Card to Test Line Breaking" : "";
            entries.Add(new Entry
            {
                Id = $"arxiv:{id}",
                Title = $"A Synthetic Study of Topic {i}{longTail}",
                TitleAlt = i % 2 == 0 ? [new AltTitle($"合成研究第{i}号：大模型的推理（测试）与“检索”，以及更多的中文内容。", "zh")] : [],
                Authors = [Person.Of(Given[i % Given.Length], Family[i % Family.Length]), Person.Of(Given[(i + 3) % Given.Length], Family[(i + 5) % Family.Length]), .. (i % 3 == 0 ? new[] { Person.Others } : [])],
                Date = new PartialDate(2024, 1 + i % 12),
                Venue = i % 4 == 0 ? "NeurIPS" : "arXiv",
                ArxivId = id,
                Links =
                [
                    new Link(LinkKind.Paper, id.AbsUrl, "paper"),
                    new Link(LinkKind.Code, $"https://github.com/example/synthetic-{i}", "code"),
                    new Link(LinkKind.Pdf, "javascript:alert(1)", "pdf"),
                    new Link(LinkKind.Pdf, "file:///C:/papers/synthetic.pdf", "pdf"),
                ],
                Topics = [Topics[i % Topics.Length]],
                Summaries =
                [
                    new Summary($"这是一段虚构的中文摘要，用于测试排版：模型在第{i}个任务上表现出色（提升12.5%），并且“标点”不会出现在行首。这一段文字足够长，可以换行多次，以检验中文断行规则是否正确。", "zh", "synthetic.md"),
                    new Summary($"An invented English summary for layout testing of entry {i}; it is long enough to wrap onto a second line in the card.", "en", "synthetic.md"),
                ],
                Sources = [new SourceRef("lists/synthetic.md", 10 + i)],
            });
        }
        var tables = withTable
            ? new List<SourceTable>
            {
                new("lists/synthetic.md", 5, "Efficient Training", ["Model", "Params", "Context", "备注"],
                    Enumerable.Range(1, 60).Select(r => (IReadOnlyList<string>)[$"Synth-{r}", $"{r * 7}B", $"{4 * r}k", r % 2 == 0 ? "开源权重" : "closed"]).ToList()),
            }
            : [];
        return new Catalog
        {
            Inputs = [new InputSummary { File = "lists/synthetic.md", Importer = "synthetic", Encoding = "utf-8", Entries = count }],
            Entries = entries,
            Tables = tables,
        };
    }
}
