namespace Publisher.Pdf.Layout;

/// <summary>Horizontal alignment of lines.</summary>
public enum TextAlign
{
    /// <summary>Flush left.</summary>
    Left,
    /// <summary>Centred.</summary>
    Center,
    /// <summary>Flush right.</summary>
    Right,
}
