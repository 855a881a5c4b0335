using System.Text.Json;
using Publisher.Importers.Decoding;

namespace Publisher.DictionaryCompiler;

/// <summary>
/// jieba's HMM emission table (prob_emit.json: per state, character → log-probability) → what
/// <c>CharacterStates</c> loads: for begin, middle and end in that order, the characters and
/// their log-probabilities.
/// </summary>
internal static class CharacterStatesCompiler
{
    /// <summary>Reads <paramref name="probEmitJson"/> and writes the compiled table to <paramref name="output"/>.</summary>
    public static void Compile(string probEmitJson, string output)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(probEmitJson));
        using var writer = new DictionaryWriter(output, CompiledDictionary.CharacterPositions);
        // CharacterStates.Begin, Middle, End: jieba's single-character state ("S") is not used.
        foreach (var state in new[] { "B", "M", "E" })
        {
            var entries = doc.RootElement.GetProperty(state).EnumerateObject().Where(e => e.Name.Length == 1).ToArray();
            writer.Write<char>(entries.Select(e => e.Name[0]).ToArray());
            writer.Write<float>(entries.Select(e => (float)e.Value.GetDouble()).ToArray());
        }
    }
}
