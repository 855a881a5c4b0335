using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Publisher.Pdf.Layout;

/// <summary>
/// Adds bookmarks to a PDF written by Skia (which has no outline API) as an incremental update:
/// new outline objects pointing at Skia's named destinations, a new catalog with /Outlines, a new
/// xref section and trailer appended after the original bytes.
/// </summary>
internal static partial class PdfOutlineWriter
{
    /// <summary>
    /// The incremental update that adds the outline to <paramref name="pdf"/> (to be written right after it);
    /// empty when there are no items. Only the trailer and the catalog object are decoded: the PDF is
    /// megabytes, and a string of all of it was the biggest allocation of a render.
    /// </summary>
    public static byte[] Update(ReadOnlySpan<byte> pdf, IReadOnlyList<OutlineItem> items)
    {
        if (items.Count == 0) return [];
        // Skia ends the file with the xref table, the trailer and startxref: the trailer is in the last few hundred bytes.
        var tailStart = Math.Max(0, pdf.Length - 8192);
        var tail = Encoding.Latin1.GetString(pdf[tailStart..]);
        var trailerAt = tail.LastIndexOf("trailer", StringComparison.Ordinal);
        var startxrefAt = tail.LastIndexOf("startxref", StringComparison.Ordinal);
        if (trailerAt < 0 || startxrefAt < 0) throw new InvalidOperationException("unexpected PDF structure: no trailer");
        var trailer = tail[trailerAt..startxrefAt];
        var root = int.Parse(RootRef().Match(trailer).Groups[1].Value, CultureInfo.InvariantCulture);
        var size = int.Parse(SizeEntry().Match(trailer).Groups[1].Value, CultureInfo.InvariantCulture);
        var info = InfoRef().Match(trailer);
        var id = IdEntry().Match(trailer);
        var prevXref = long.Parse(NumberAfter().Match(tail, startxrefAt + 9).Groups[1].Value, CultureInfo.InvariantCulture);

        var objAt = pdf.IndexOf(Encoding.ASCII.GetBytes($"\n{root} 0 obj"));
        if (objAt < 0) throw new InvalidOperationException("unexpected PDF structure: catalog not found");
        var endobjAt = pdf[objAt..].IndexOf("endobj"u8);
        if (endobjAt < 0) throw new InvalidOperationException("unexpected PDF structure: catalog not closed");
        var catalogObj = Encoding.Latin1.GetString(pdf.Slice(objAt, endobjAt));
        var dictStart = catalogObj.IndexOf("<<", StringComparison.Ordinal);
        var dictEnd = catalogObj.LastIndexOf(">>", StringComparison.Ordinal);
        var catalogBody = catalogObj[dictStart..dictEnd];

        // Number the outline objects: root first, then items depth-first.
        var next = size;
        var rootObj = next++;
        var numbered = new List<(OutlineItem Item, int Obj, int Parent)>();
        var objOf = new Dictionary<OutlineItem, int>(ReferenceEqualityComparer.Instance);
        void Number(IReadOnlyList<OutlineItem> list, int parent)
        {
            foreach (var item in list)
            {
                var obj = next++;
                objOf[item] = obj;
                numbered.Add((item, obj, parent));
                Number(item.Children, obj);
            }
        }
        Number(items, rootObj);

        var sb = new StringBuilder();
        var offsets = new SortedDictionary<int, long>();
        var baseOffset = (long)pdf.Length;
        sb.Append('\n');
        void Obj(int n, string body)
        {
            offsets[n] = baseOffset + sb.Length; // everything appended is ASCII
            sb.Append(CultureInfo.InvariantCulture, $"{n} 0 obj\n{body}\nendobj\n");
        }

        Obj(rootObj, $"<</Type /Outlines /First {objOf[items[0]]} 0 R /Last {objOf[items[^1]]} 0 R /Count {items.Count}>>");
        foreach (var (item, obj, parent) in numbered)
        {
            var siblings = parent == rootObj ? items : numbered.First(x => x.Obj == parent).Item.Children;
            var index = IndexOf(siblings, item);
            var d = new StringBuilder();
            d.Append(CultureInfo.InvariantCulture, $"<</Title {HexString(item.Title)} /Parent {parent} 0 R /Dest /{item.Destination}");
            if (index > 0) d.Append(CultureInfo.InvariantCulture, $" /Prev {objOf[siblings[index - 1]]} 0 R");
            if (index < siblings.Count - 1) d.Append(CultureInfo.InvariantCulture, $" /Next {objOf[siblings[index + 1]]} 0 R");
            if (item.Children.Count > 0)
                // Negative count: closed, so the reader first shows chapters only.
                d.Append(CultureInfo.InvariantCulture, $" /First {objOf[item.Children[0]]} 0 R /Last {objOf[item.Children[^1]]} 0 R /Count -{item.Children.Count}");
            d.Append(">>");
            Obj(obj, d.ToString());
        }
        Obj(root, $"{catalogBody}\n/Outlines {rootObj} 0 R\n/PageMode /UseOutlines>>");

        var xrefAt = baseOffset + sb.Length;
        sb.Append("xref\n0 1\n0000000000 65535 f\r\n");
        // Subsections of consecutive object numbers.
        var keys = offsets.Keys.ToList();
        for (var i = 0; i < keys.Count;)
        {
            var j = i;
            while (j + 1 < keys.Count && keys[j + 1] == keys[j] + 1) j++;
            sb.Append(CultureInfo.InvariantCulture, $"{keys[i]} {j - i + 1}\n");
            for (var k = i; k <= j; k++) sb.Append(CultureInfo.InvariantCulture, $"{offsets[keys[k]]:D10} 00000 n\r\n");
            i = j + 1;
        }
        sb.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {next} /Root {root} 0 R");
        if (info.Success) sb.Append(CultureInfo.InvariantCulture, $" /Info {info.Groups[1].Value} 0 R");
        if (id.Success) sb.Append(' ').Append(id.Value);
        sb.Append(CultureInfo.InvariantCulture, $" /Prev {prevXref}>>\nstartxref\n{xrefAt}\n%%EOF\n");

        return Encoding.Latin1.GetBytes(sb.ToString());
    }

    private static int IndexOf(IReadOnlyList<OutlineItem> list, OutlineItem item)
    {
        for (var i = 0; i < list.Count; i++) if (ReferenceEquals(list[i], item)) return i;
        return -1;
    }

    /// <summary>A PDF text string in UTF-16BE with BOM, hex-encoded (safe for any title).</summary>
    private static string HexString(string text)
    {
        var sb = new StringBuilder("<FEFF");
        foreach (var b in Encoding.BigEndianUnicode.GetBytes(text)) sb.Append(b.ToString("X2", CultureInfo.InvariantCulture));
        return sb.Append('>').ToString();
    }

    [GeneratedRegex(@"/Root\s+(\d+)\s+0\s+R")] private static partial Regex RootRef();
    [GeneratedRegex(@"/Size\s+(\d+)")] private static partial Regex SizeEntry();
    [GeneratedRegex(@"/Info\s+(\d+)\s+0\s+R")] private static partial Regex InfoRef();
    [GeneratedRegex(@"/ID\s*\[[^\]]*\]")] private static partial Regex IdEntry();
    [GeneratedRegex(@"\G\s*(\d+)")] private static partial Regex NumberAfter();
}
