using System.Text;

namespace Publisher.Importers.Csv;

/// <summary>
/// Splits list cells written as items joined with <c>"; "</c>, where <c>\;</c> and <c>\\</c> stand for a
/// literal semicolon and backslash (the CSV writer's convention; stages may not share code).
/// </summary>
public static class CsvListField
{
    /// <summary>The non-empty, trimmed items of a list cell.</summary>
    public static IReadOnlyList<string> Split(string? cell)
    {
        var items = new List<string>();
        if (string.IsNullOrWhiteSpace(cell)) return items;
        var sb = new StringBuilder();
        for (var i = 0; i < cell.Length; i++)
        {
            var c = cell[i];
            if (c == '\\' && i + 1 < cell.Length && cell[i + 1] is ';' or '\\') { sb.Append(cell[++i]); continue; }
            if (c == ';') { Flush(); continue; }
            sb.Append(c);
        }
        Flush();
        return items;

        void Flush()
        {
            var t = sb.ToString().Trim();
            if (t.Length > 0) items.Add(t);
            sb.Clear();
        }
    }
}
