namespace ReportGen.Disk;

/// <summary>A limit of a bounded read was reached: the message says which, in Chinese.</summary>
internal sealed class ReadLimitException(string message) : Exception(message);

/// <summary>
/// Reads at most a given number of bytes, then fails with <see cref="ReadLimitException"/>: what a zip
/// entry inflates to is not trusted (a zip bomb declares a small size and inflates to gigabytes).
/// The .docx importer and the workbook reader read every zip entry through it.
/// </summary>
internal sealed class BoundedReadStream(Stream inner, long limit) : Stream
{
    private long read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = inner.Read(buffer, offset, count);
        read += n;
        return read > limit ? throw new ReadLimitException($"的内容解压后超过 {limit / 1024 / 1024} MB（可能是压缩炸弹）") : n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
