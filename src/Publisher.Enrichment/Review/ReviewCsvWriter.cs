using System.Globalization;
using System.Text;
using Publisher.Model.IO;

namespace Publisher.Enrichment.Review;

/// <summary>
/// Writes <c>review.csv</c>: one row per candidate (RFC 4180, UTF-8, header row) so a person can
/// pick the right record in a spreadsheet. Written atomically.
/// </summary>
public static class ReviewCsvWriter
{
    /// <summary>The header row.</summary>
    public static readonly string[] Columns =
        ["entry_id", "list_title", "list_year", "reason", "rank", "candidate_arxiv_id", "candidate_title", "candidate_year", "candidate_authors", "similarity"];

    /// <summary>The CSV text.</summary>
    public static string ToCsv(IEnumerable<ReviewItem> items)
    {
        var sb = new StringBuilder();
        Row(sb, Columns);
        foreach (var item in items)
        {
            var year = item.Year?.ToString(CultureInfo.InvariantCulture) ?? "";
            if (item.Candidates.Count == 0) Row(sb, [item.EntryId, item.Title, year, item.Reason, "", "", "", "", "", ""]);
            for (var i = 0; i < item.Candidates.Count; i++)
            {
                var c = item.Candidates[i];
                Row(sb, [item.EntryId, item.Title, year, item.Reason, (i + 1).ToString(CultureInfo.InvariantCulture), c.ArxivId, c.Title,
                    c.Year?.ToString(CultureInfo.InvariantCulture) ?? "", c.Authors, c.Similarity.ToString("0.000", CultureInfo.InvariantCulture)]);
            }
        }
        return sb.ToString();
    }

    /// <summary>Writes the file atomically (header only when there is nothing to review, so a stale list never survives).</summary>
    public static void Write(string path, IEnumerable<ReviewItem> items) => AtomicFile.WriteAllText(path, ToCsv(items));

    private static void Row(StringBuilder sb, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) sb.Append(',');
            var cell = cells[i];
            // A leading = + - @ makes spreadsheets evaluate the cell; an apostrophe in front defuses it.
            if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@') cell = "'" + cell;
            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0) sb.Append('"').Append(cell.Replace("\"", "\"\"")).Append('"');
            else sb.Append(cell);
        }
        sb.Append("\r\n");
    }
}
