using Publisher.Model;

namespace Publisher.Importers.Merge;

/// <summary>One entry of the merged catalog, as <see cref="EntryMerger.Plan"/> decides it.</summary>
/// <param name="Index">The entry's index among those merged, when it stands alone (<paramref name="Combined"/> is null).</param>
/// <param name="Combined">The entry made of several (canonical, without its id), or null.</param>
/// <param name="Id">Its final, unique id.</param>
public readonly record struct MergedEntry(int Index, Entry? Combined, string Id);
