using ReportGen.Disk;

namespace ReportGen.Tests.Disk;

public sealed class AtomicFileWriterTests : IDisposable
{
    private static readonly byte[] OldContent = "旧的报告内容"u8.ToArray();

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "reportgen-atomic-" + Guid.NewGuid().ToString("N"));

    public AtomicFileWriterTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Writes_the_file_and_leaves_no_temp_behind()
    {
        var target = Path.Combine(_folder, "报告.docx");
        File.WriteAllBytes(target, OldContent);

        var outcome = new AtomicFileWriter().Write(target, s => s.Write([1, 2, 3]));

        Assert.True(outcome.Succeeded, outcome.Finding?.Message);
        Assert.Equal(target, outcome.Path);
        Assert.Equal([1, 2, 3], File.ReadAllBytes(target));
        Assert.Equal([target], Directory.GetFiles(_folder));
    }

    [Fact]
    public void A_directory_as_target_is_an_outcome_not_an_exception()
    {
        var outcome = new AtomicFileWriter().Write(_folder, s => s.WriteByte(1));

        Assert.False(outcome.Succeeded);
        Assert.Contains(_folder, outcome.Finding!.Message, StringComparison.Ordinal);
        Assert.Contains("文件夹", outcome.Finding!.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public void A_missing_parent_folder_is_reported()
    {
        var missing = Path.Combine(_folder, "没有这个文件夹");
        var outcome = new AtomicFileWriter().Write(Path.Combine(missing, "报告.docx"), s => s.WriteByte(1));

        Assert.False(outcome.Succeeded);
        Assert.Contains(missing, outcome.Finding!.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public void A_failing_stream_keeps_the_old_file_and_removes_the_temp()
    {
        var target = Path.Combine(_folder, "报告.docx");
        File.WriteAllBytes(target, OldContent);

        var outcome = new AtomicFileWriter().Write(target, s =>
        {
            using var failing = new FailingStream(s, failAfter: 100);
            failing.Write(new byte[4096]);
        });

        Assert.False(outcome.Succeeded);
        Assert.Contains(target, outcome.Finding!.Message, StringComparison.Ordinal);
        Assert.Contains("磁盘空间不足", outcome.Finding!.Message, StringComparison.Ordinal);
        Assert.Equal(OldContent, File.ReadAllBytes(target));
        Assert.Equal([target], Directory.GetFiles(_folder));
    }

    [Fact]
    public void A_bug_in_the_callers_writer_propagates_after_cleanup()
    {
        var target = Path.Combine(_folder, "报告.docx");
        File.WriteAllBytes(target, OldContent);

        Assert.Throws<InvalidOperationException>(() =>
            new AtomicFileWriter().Write(target, _ => throw new InvalidOperationException("bug")));

        Assert.Equal(OldContent, File.ReadAllBytes(target));
        Assert.Equal([target], Directory.GetFiles(_folder));
    }

    [Fact]
    public void Concurrent_writers_leave_one_complete_file()
    {
        var target = Path.Combine(_folder, "报告.docx");
        var contents = Enumerable.Range(0, 8).Select(i => Enumerable.Repeat((byte)i, 256 * 1024).ToArray()).ToArray();

        var outcomes = new WriteOutcome[contents.Length];
        Parallel.For(0, contents.Length, i => outcomes[i] = new AtomicFileWriter().Write(target, s => s.Write(contents[i])));

        Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Finding?.Message));
        var written = File.ReadAllBytes(target);
        Assert.Contains(contents, c => c.AsSpan().SequenceEqual(written));
        Assert.Equal([target], Directory.GetFiles(_folder));
    }

    [Fact]
    public void A_read_only_folder_is_reported_as_a_permission_problem()
    {
        // Root ignores directory permissions, so the case cannot be produced there.
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            return;
        }
        var locked = Path.Combine(_folder, "locked");
        Directory.CreateDirectory(locked);
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            var outcome = new AtomicFileWriter().Write(Path.Combine(locked, "报告.docx"), s => s.WriteByte(1));
            Assert.False(outcome.Succeeded);
            Assert.Contains("权限", outcome.Finding!.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>Passes writes through until a byte budget is spent, then fails like a full disk.</summary>
    private sealed class FailingStream(Stream inner, int failAfter) : Stream
    {
        private int _remaining = failAfter;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count)
        {
            var allowed = Math.Min(count, _remaining);
            inner.Write(buffer, offset, allowed);
            _remaining -= allowed;
            if (allowed < count)
            {
                // ENOSPC as .NET reports it on Unix.
                throw new IOException("No space left on device", 28);
            }
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
