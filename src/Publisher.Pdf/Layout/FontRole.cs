namespace Publisher.Pdf.Layout;

/// <summary>The face a run of text asks for; each role has its own fallback chain.</summary>
public enum FontRole
{
    /// <summary>Body text.</summary>
    Regular,
    /// <summary>Headings and titles.</summary>
    Bold,
    /// <summary>Emphasis (Latin only; CJK falls back to regular).</summary>
    Italic,
    /// <summary>Code and math source.</summary>
    Mono,
}
