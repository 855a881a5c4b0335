namespace Publisher.Importers.Decoding;

/// <summary>
/// How likely a character is to begin, continue or end a word, or to stand alone: the emission
/// table of jieba's hidden Markov model (<c>prob_emit.json</c>, compiled at build time by
/// tools/DictionaryCompiler), which jieba
/// uses to segment words missing from its dictionary, mostly names. Mojibake repair uses it to
/// score a damaged character inside a word neither dictionary knows (吴恩达, not 却恩达); loaded
/// on first use, once per process.
/// </summary>
internal sealed class CharacterStates
{
    private const string ResourceName = "Publisher.Importers.Decoding.jieba-char-states.bin";

    /// <summary>Position of a character in a word: begin, middle, end, single.</summary>
    public const int Begin = 0, Middle = 1, End = 2;

    /// <summary>Number of states kept: only spans of two or more characters are scored this way, so jieba's single-character state ("S") is not.</summary>
    public const int StateCount = 3;

    // Log-probability for a character the model never saw in a state: below its rarest entries.
    private const float Unseen = -17f;

    private static readonly Lazy<CharacterStates> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    // log P(character | state), indexed [state][character] for the basic plane.
    private readonly float[][] emit;

    private CharacterStates(float[][] emit) => this.emit = emit;

    /// <summary>The shared table, loaded on first access.</summary>
    public static CharacterStates Shared => Instance.Value;

    /// <summary>True once <see cref="Shared"/> has been loaded.</summary>
    public static bool IsLoaded => Instance.IsValueCreated;

    /// <summary>log P(<paramref name="c"/> | <paramref name="state"/>).</summary>
    public float Emit(int state, char c) => emit[state][c];

    // Written by tools/DictionaryCompiler/CharacterStatesCompiler.cs: per state, its characters and their log-probabilities.
    private static CharacterStates Load()
    {
        using var file = CompiledDictionary.Open(ResourceName, CompiledDictionary.CharacterPositions);
        var emit = new float[StateCount][];
        for (var state = 0; state < StateCount; state++)
        {
            var table = new float[char.MaxValue + 1];
            Array.Fill(table, Unseen);
            var chars = file.ReadArray<char>();
            var logProbs = file.ReadArray<float>();
            for (var i = 0; i < chars.Length; i++) table[chars[i]] = logProbs[i];
            emit[state] = table;
        }
        return new CharacterStates(emit);
    }
}
