using ReportGen.Disk;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Disk;

public sealed class BoundedFileReaderTests
{
    [Fact]
    public void A_file_within_the_limit_is_read_whole()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(temp.File("a.csv"), [1, 2, 3, 4]);

        var read = BoundedFileReader.Read(temp.File("a.csv"), maxBytes: 4);

        Assert.True(read.Succeeded);
        Assert.Equal([1, 2, 3, 4], read.Bytes);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_unread()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(temp.File("a.csv"), [1, 2, 3, 4, 5]);

        var read = BoundedFileReader.Read(temp.File("a.csv"), maxBytes: 4);

        Assert.Equal(FileReadProblem.TooLarge, read.Problem);
        Assert.Empty(read.Bytes);
    }

    [Fact]
    public void A_folder_and_a_missing_file_are_told_apart()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("sub"));

        Assert.Equal(FileReadProblem.IsFolder, BoundedFileReader.Read(temp.File("sub"), 100).Problem);
        Assert.Equal(FileReadProblem.Missing, BoundedFileReader.Read(temp.File("none.csv"), 100).Problem);
    }

    [Fact]
    public void An_empty_file_is_read_as_no_bytes()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(temp.File("empty.csv"), []);

        var read = BoundedFileReader.Read(temp.File("empty.csv"), 100);

        Assert.True(read.Succeeded);
        Assert.Empty(read.Bytes);
    }
}
