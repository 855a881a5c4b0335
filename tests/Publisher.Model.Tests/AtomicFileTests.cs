using Publisher.Model.IO;

namespace Publisher.Model.Tests;

public class AtomicFileTests
{
    [Fact]
    public void Write_FailureMidway_LeavesPreviousFileAndNoTemp()
    {
        var dir = Directory.CreateTempSubdirectory("atomic").FullName;
        var path = Path.Combine(dir, "out.txt");
        AtomicFile.WriteAllText(path, "old complete");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, s => { s.WriteByte(1); throw new InvalidOperationException("boom"); }));
        Assert.Equal("old complete", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(dir));
    }
}
