using Publisher.Importers;
using Publisher.Model;
using Publisher.Pdf.Handbook;
using Publisher.Testing;

namespace Publisher.Pdf.Tests;

/// <summary>
/// The samples' catalog with the samples' survey chapter (citations in both syntaxes, math, a table,
/// an SVG figure) plus a test chapter with a PNG, a JPEG, a missing image, an unknown key and a bad
/// formula; rendered once for the tests that read it back.
/// </summary>
public sealed class SurveyHandbookFixture : IDisposable
{
    public SurveyHandbookFixture()
    {
        var samples = Directory.GetFiles(RepoPaths.Samples).Order(StringComparer.Ordinal).ToList();
        Catalog = new CatalogImporter(ImporterRegistry.CreateDefault()).Import(samples);
        var chapterPath = System.IO.Path.Combine(RepoPaths.Samples, "handbook", "survey-chapter.md");
        Work = Directory.CreateTempSubdirectory("publisher-survey-").FullName;
        TestImages.WritePng(System.IO.Path.Combine(Work, "bars.png"), 120, 60);
        TestImages.WriteJpeg(System.IO.Path.Combine(Work, "photo.jpg"), 90, 60);
        Survey = new FrontMatterChapter("samples/handbook/survey-chapter.md", File.ReadAllText(chapterPath)) { BaseDirectory = System.IO.Path.GetDirectoryName(chapterPath) };
        Extra = new FrontMatterChapter("extra.md", ExtraChapter) { BaseDirectory = Work };
        Options = new HandbookOptions
        {
            Title = "Survey Handbook",
            Created = HandbookFixture.Created,
            Chapters = [ChapterSpec.FromMarkdown(Survey), ChapterSpec.FromMarkdown(Extra)],
        };
        using var stream = new MemoryStream();
        Result = HandbookWriter.Write(Catalog, Options, stream);
        Bytes = stream.ToArray();
        Plan = HandbookWriter.Plan(Catalog, Options);
        Path = System.IO.Path.Combine(Work, "survey.pdf");
        File.WriteAllBytes(Path, Bytes);
        if (Environment.GetEnvironmentVariable("PUBLISHER_KEEP_PDF") is { Length: > 0 } keep) File.WriteAllBytes(keep, Bytes);
    }

    public void Dispose() => Directory.Delete(Work, recursive: true);

    internal Catalog Catalog { get; }
    public FrontMatterChapter Survey { get; }
    public FrontMatterChapter Extra { get; }
    public HandbookOptions Options { get; }
    public HandbookResult Result { get; }
    public HandbookPlan Plan { get; }
    public byte[] Bytes { get; }
    public string Path { get; }
    public string Work { get; }

    /// <summary>Second chapter: deep headings, raster images, a missing one, an unknown key and a formula MathJax rejects.</summary>
    public const string ExtraChapter = """
        # Test chapter

        ## First section

        ### A subsection

        #### 2.2.2.5 A deep heading with its own source number

        ##### Deeper still

        A raster figure follows, then a photo.

        ![Bars drawn by the test](bars.png)

        ![A generated photo](photo.jpg)

        ![Nothing here](missing/figure.png)

        An unknown key [@nosuchkey2099] and a bad formula $\frac{a$ and a good one $x^{2} + \sqrt{y}$.
        Cited again: [@arxiv:2106.09685] and first cited here [@arxiv:2401.00103].
        """;
}
