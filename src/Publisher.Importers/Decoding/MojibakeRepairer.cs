namespace Publisher.Importers.Decoding;

/// <summary>
/// Detects and reverses UTF-8 text that was decoded as Windows-1252 (or -1254) and saved again.
/// PLACEHOLDER until the encoding work lands: detects nothing.
/// </summary>
public static class MojibakeRepairer
{
    /// <summary>Repairs <paramref name="text"/> when it is mojibake; returns it unchanged otherwise.</summary>
    public static MojibakeRepairResult Repair(string text) => new(text, false, 0, 0);
}
