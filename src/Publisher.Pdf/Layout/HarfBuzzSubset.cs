using System.Runtime.InteropServices;

namespace Publisher.Pdf.Layout;

/// <summary>
/// hb_subset from the libHarfBuzzSharp native library (HarfBuzzSharp exposes no managed API for it).
/// Skia's PDF backend embeds whole fonts; subsetting first keeps a CJK font from costing 10 MB per file.
/// </summary>
internal static partial class HarfBuzzSubset
{
    private const string Lib = "libHarfBuzzSharp";
    // hb_subset_flags_t: keep glyph ids so the glyphs shaped against the full font stay valid; drop hinting (useless in PDF).
    private const uint RetainGids = 0x2, NoHinting = 0x1;

    [LibraryImport(Lib)] private static partial IntPtr hb_subset_input_create_or_fail();
    [LibraryImport(Lib)] private static partial void hb_subset_input_destroy(IntPtr input);
    [LibraryImport(Lib)] private static partial IntPtr hb_subset_input_unicode_set(IntPtr input);
    [LibraryImport(Lib)] private static partial void hb_subset_input_set_flags(IntPtr input, uint flags);
    [LibraryImport(Lib)] private static partial void hb_set_add(IntPtr set, uint codepoint);
    [LibraryImport(Lib)] private static partial IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);
    [LibraryImport(Lib)] private static partial void hb_face_destroy(IntPtr face);
    [LibraryImport(Lib)] private static partial IntPtr hb_face_reference_blob(IntPtr face);
    [LibraryImport(Lib)] private static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);
    [LibraryImport(Lib)] private static partial void hb_blob_destroy(IntPtr blob);

    /// <summary>Returns the bytes of a font holding only the given code points (and what GSUB/GPOS reach from them).</summary>
    public static byte[] Subset(HarfBuzzSharp.Face face, IEnumerable<int> codePoints)
    {
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero) throw new InvalidOperationException("hb_subset_input_create_or_fail failed");
        try
        {
            var set = hb_subset_input_unicode_set(input);
            foreach (var cp in codePoints) hb_set_add(set, (uint)cp);
            hb_subset_input_set_flags(input, RetainGids | NoHinting);
            var result = hb_subset_or_fail(face.Handle, input);
            if (result == IntPtr.Zero) throw new InvalidOperationException("hb_subset_or_fail failed");
            try
            {
                var blob = hb_face_reference_blob(result);
                try
                {
                    var data = hb_blob_get_data(blob, out var length);
                    var bytes = new byte[length];
                    Marshal.Copy(data, bytes, 0, (int)length);
                    return bytes;
                }
                finally { hb_blob_destroy(blob); }
            }
            finally { hb_face_destroy(result); }
        }
        finally { hb_subset_input_destroy(input); }
    }
}
