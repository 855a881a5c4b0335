using Publisher.Pdf.Layout;

namespace Publisher.Pdf.Formulas;

/// <summary>A typeset formula, or why it could not be typeset.</summary>
/// <param name="Box">The formula as a vector picture sized for the text, or null.</param>
/// <param name="Error">MathJax's message when the TeX was rejected, else null.</param>
public sealed record MathResult(PictureBox? Box, string? Error);
