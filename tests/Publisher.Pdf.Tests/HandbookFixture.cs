using Publisher.Pdf.Handbook;

namespace Publisher.Pdf.Tests;

/// <summary>Renders the rich synthetic handbook once for the tests that read it back.</summary>
public sealed class HandbookFixture : IDisposable
{
    /// <summary>Fixed date so the output is reproducible.</summary>
    public static readonly DateTimeOffset Created = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    public HandbookFixture()
    {
        Catalog = SyntheticCatalog.Create(120);
        Options = new HandbookOptions
        {
            Title = "Synthetic Handbook",
            Subtitle = "合成测试手册 — layout test",
            Created = Created,
            FrontMatter = [new FrontMatterChapter("preface.md", Preface)],
            Progress = new RecordingProgress(Progress),
        };
        using var stream = new MemoryStream();
        Result = HandbookWriter.Write(Catalog, Options, stream);
        Bytes = stream.ToArray();
        Plan = HandbookWriter.Plan(Catalog, Options);
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"publisher-handbook-test-{Environment.ProcessId}.pdf");
        File.WriteAllBytes(Path, Bytes);
    }

    /// <summary>Removes the temporary PDF.</summary>
    public void Dispose() => File.Delete(Path);

    internal Publisher.Model.Catalog Catalog { get; }
    public HandbookOptions Options { get; }
    public HandbookResult Result { get; }
    public HandbookPlan Plan { get; }
    public byte[] Bytes { get; }
    public string Path { get; }
    /// <summary>Every progress report of the render, in order.</summary>
    public List<Publisher.Pdf.Layout.RenderProgress> Progress { get; } = [];

    /// <summary>Records reports synchronously, on the reporting thread.</summary>
    private sealed class RecordingProgress(List<Publisher.Pdf.Layout.RenderProgress> reports) : IProgress<Publisher.Pdf.Layout.RenderProgress>
    {
        public void Report(Publisher.Pdf.Layout.RenderProgress value) => reports.Add(value);
    }

    public const string Preface = """
        # Preface

        This handbook is **synthetic**: every title is *invented*. See [the project](https://example.org/project)
        and a [bad link](javascript:alert(1)) and a [local file](file:///etc/passwd).

        ## How to read

        - Chapters follow the topics.
        - 每一章对应一个主题，条目按来源顺序排列。
        1. numbered item
        2. another item with `inline code` and math $E = mc^2$

        | Column | 说明 |
        |---|---|
        | a | 第一行 |
        | b | second row |

        ```python
        def f(x):
            return x * 2
        ```

        $$
        \sum_{i=1}^{n} x_i
        $$
        """;
}
