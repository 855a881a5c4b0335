using Publisher.Enrichment.Review;

namespace Publisher.Enrichment.Tests;

public class ReviewCsvWriterTests
{
    [Fact]
    public void ToCsv_QuotesCommasAndDefusesFormulas()
    {
        // Synthetic titles and ids.
        var csv = ReviewCsvWriter.ToCsv([
            new ReviewItem("title:x", "Twin Titles, in a \"Synthetic\" Corpus", 2024, "2 arXiv records match equally well",
                [new ReviewCandidate("2403.00006v1", "Twin Titles in a Synthetic Corpus", 2024, "Gus Simulacre", 1.0),
                 new ReviewCandidate("2403.00007v1", "=HYPERLINK(\"x\")", 2024, "Hana Ersatz", 0.9)]),
        ]);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', ReviewCsvWriter.Columns), lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Equal("title:x,\"Twin Titles, in a \"\"Synthetic\"\" Corpus\",2024,2 arXiv records match equally well,1,2403.00006v1,Twin Titles in a Synthetic Corpus,2024,Gus Simulacre,1.000", lines[1]);
        Assert.Contains(",\"'=HYPERLINK(\"\"x\"\")\",", lines[2]);
    }

    [Fact]
    public void Write_NoItems_WritesHeaderOnly()
    {
        var path = Path.Combine(Path.GetTempPath(), "publisher-review-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            ReviewCsvWriter.Write(path, []);
            Assert.Equal(string.Join(',', ReviewCsvWriter.Columns) + "\r\n", File.ReadAllText(path));
        }
        finally { File.Delete(path); }
    }
}
