namespace Publisher.Pdf.Handbook;

/// <summary>A heading listed in the contents: its printed text, destination and depth below the chapter (1 = section).</summary>
internal sealed record ContentsLine(string Text, string Destination, int Depth);
