namespace Publisher.Importers.Decoding;

/// <summary>
/// Chinese circumpositions that span several words and so are out of reach of word bigrams:
/// 在/从 … 中 (在浏览器中打开, not 在浏览器不打开) and 与 … 相比/相关/一起 (与预训练相比). A damaged
/// character that closes or opens such a frame in its clause gets a bonus; 中, 不 and 与 arrive
/// as the same two bytes, so this is what tells them apart when both readings are grammatical
/// word by word.
/// </summary>
internal static class ClauseFrames
{
    // Bonus (nats) for a candidate that completes a frame. On the tuning half of the harness 2, 3
    // and 4 are alike (179 wrong ideographs of 10,409, from 193 without frames); 1 a little worse.
    private const float Bonus = 2f;

    /// <summary>
    /// Bonus for 与 between two words of the same kind (模型合并与转换, RNN与Transformer): a
    /// coordination joins like with like, where 不 wants a verb after it and 中 a noun before it.
    /// </summary>
    /// <remarks>Chosen on the tuning half of the harness from 0/1/2/3 (3: 179 → 175 wrong).</remarks>
    public const float CoordinationBonus = 3f;

    /// <summary>True when words of classes <paramref name="left"/> and <paramref name="right"/> around 与 read as a coordination.</summary>
    public static bool Coordinates(char left, char right) => left is 'n' or 'v' or WordClassBigrams.Latin && left == right;

    // Prepositions that open a locative frame closed by a postposition (中); the closed class of
    // grammar, not a vocabulary list.
    private const string LocativeOpeners = "在从于";

    // Postpositions (and 时 "when") that close a locative frame already: after them the frame is spent.
    private const string LocativeClosers = "中上里内下时后前间外";

    // Words that close a comitative frame opened by 与 ("with X …").
    private static readonly string[] ComitativeClosers =
        ["相比", "相关", "无关", "有关", "相当", "一起", "相同", "不同", "一致", "对比", "结合", "合作", "之间", "类似", "相似", "交流", "聊天", "对话", "交互", "比较", "联系"];

    // Characters that end a clause: a frame never crosses them.
    private const string ClauseEnds = "，。；！？：,;!?:|（）()[]「」【】";

    /// <summary>Bonus for <paramref name="candidate"/> at piece <paramref name="index"/> of a line whose pieces read <paramref name="texts"/>; 0 when it completes no frame.</summary>
    public static float For(string candidate, int index, IReadOnlyList<Piece> pieces, string[] texts, ChineseLexicon lexicon) => candidate switch
    {
        "中" => OpenLocative(index, texts, lexicon) && !ClosesComitative(index, pieces, texts) ? Bonus : 0f,
        "与" => ClosesComitative(index, pieces, texts) ? Bonus : 0f,
        _ => 0f,
    };

    /// <summary>True when <paramref name="candidate"/> can ever get a bonus (so lines without one skip the scan).</summary>
    public static bool Applies(string candidate) => candidate is "中" or "与";

    // An opener earlier in the clause, not right before the candidate, with no postposition in between.
    private static bool OpenLocative(int index, string[] texts, ChineseLexicon lexicon)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var t = texts[i];
            if (t.Length != 1) continue;
            var c = t[0];
            if (ClauseEnds.Contains(c)) return false;
            if (LocativeClosers.Contains(c)) return false;
            if (LocativeOpeners.Contains(c))
            {
                if (i == index - 1) return false;
                // 现在, 存在, 所在, 由于, 服从 …: the character is part of a word, not a preposition.
                if (i > 0 && texts[i - 1] is [var p] && lexicon.IsWord(p, c)) continue;
                if (i + 1 < texts.Length && texts[i + 1] is [var n] && n != '中' && lexicon.IsWord(c, n)) continue;
                return true;
            }
        }
        return false;
    }

    // A closing word later in the clause, with at least one character between, and no other
    // 与 (certain or a candidate) before it: 在实验中发现模型与人类的判断一致 closes the second.
    private static bool ClosesComitative(int index, IReadOnlyList<Piece> pieces, string[] texts)
    {
        Span<char> clause = stackalloc char[64];
        var length = 0;
        for (var i = index + 1; i < texts.Length && length < clause.Length; i++)
        {
            var t = texts[i];
            if (t.Length == 1 && ClauseEnds.Contains(t[0])) break;
            if (t == "与" || pieces[i].Candidates is { } c && c.Any(x => x.Text == "与")) break;
            if (t.Length == 1) clause[length++] = t[0];
        }
        var rest = clause[..length];
        foreach (var word in ComitativeClosers)
            if (rest.IndexOf(word) is > 0) return true;
        return false;
    }
}
