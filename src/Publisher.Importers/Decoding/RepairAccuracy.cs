namespace Publisher.Importers.Decoding;

/// <summary>How well mojibake repair restored one clean text after <see cref="MojibakeRepairer.Damage"/> (see <see cref="RepairHarness"/>).</summary>
/// <param name="Name">The text's name (file name).</param>
/// <param name="ChineseChars">Ideographs in the clean text.</param>
/// <param name="ChineseCharsRight">Of them, restored exactly.</param>
/// <param name="DamagedChineseChars">Ideographs that lost a byte in the damage and had to be guessed.</param>
/// <param name="DamagedChineseCharsRight">Of them, guessed right.</param>
/// <param name="DamagedChars">Every character (ideograph, punctuation, symbol, letter) that lost a byte.</param>
/// <param name="DamagedCharsRight">Of them, guessed right.</param>
/// <param name="Headings">Markdown headings that contain an ideograph.</param>
/// <param name="HeadingsVerbatim">Of them, restored exactly.</param>
/// <param name="Paragraphs">Blocks of non-blank, non-heading lines that contain an ideograph.</param>
/// <param name="ParagraphsVerbatim">Of them, restored exactly.</param>
/// <param name="Uncertain">Characters the repair reported as uncertain.</param>
/// <param name="UncertainWrong">Wrong characters among the uncertain ones.</param>
public sealed record RepairAccuracy(
    string Name, int ChineseChars, int ChineseCharsRight, int DamagedChineseChars, int DamagedChineseCharsRight,
    int DamagedChars, int DamagedCharsRight, int Headings, int HeadingsVerbatim, int Paragraphs, int ParagraphsVerbatim,
    int Uncertain, int UncertainWrong)
{
    /// <summary>Sums per-file figures into one overall row named <paramref name="name"/>.</summary>
    public static RepairAccuracy Sum(string name, IEnumerable<RepairAccuracy> rows) =>
        rows.Aggregate(new RepairAccuracy(name, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), (a, r) => new RepairAccuracy(name,
            a.ChineseChars + r.ChineseChars, a.ChineseCharsRight + r.ChineseCharsRight,
            a.DamagedChineseChars + r.DamagedChineseChars, a.DamagedChineseCharsRight + r.DamagedChineseCharsRight,
            a.DamagedChars + r.DamagedChars, a.DamagedCharsRight + r.DamagedCharsRight,
            a.Headings + r.Headings, a.HeadingsVerbatim + r.HeadingsVerbatim,
            a.Paragraphs + r.Paragraphs, a.ParagraphsVerbatim + r.ParagraphsVerbatim,
            a.Uncertain + r.Uncertain, a.UncertainWrong + r.UncertainWrong));

    /// <summary>Share of damaged ideographs restored (1 when none was damaged).</summary>
    public double DamagedChineseShare => DamagedChineseChars == 0 ? 1 : (double)DamagedChineseCharsRight / DamagedChineseChars;
}
