namespace Publisher.Model.IO;

/// <summary>Removes temporary files that a killed writer left behind (<c>.name.pid.guid.tmp</c>, see <see cref="AtomicFile"/>).</summary>
public static class StaleTempFiles
{
    /// <summary>Deletes <see cref="AtomicFile"/> temporaries under <paramref name="directory"/>; call only while holding the folder's lock.</summary>
    public static int Clean(string directory)
    {
        if (!Directory.Exists(directory)) return 0;
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(directory, ".*.tmp", SearchOption.AllDirectories))
        {
            try { File.Delete(file); removed++; }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return removed;
    }
}
