using System.Buffers.Binary;
using System.Text;
using Npgsql;

namespace EnergySaving.Api.Infrastructure;

/// <summary>
/// Writes PostgreSQL's binary COPY format (header, tuples, trailer; all integers big-endian) into a
/// raw COPY stream. Npgsql's typed binary importer costs an async call per field and array; writing the
/// bytes here is a few buffer stores per field, and PostgreSQL reads binary arrays several times faster
/// than array literals. Rows are buffered whole and the buffer is sent between rows only.
/// </summary>
public sealed class BinaryCopyWriter : IAsyncDisposable
{
    /// <summary>Element type OIDs of the arrays written (pg_type).</summary>
    public const uint Int4Oid = 23, TextOid = 25, Float8Oid = 701;

    private static readonly DateOnly PostgresEpoch = new(2000, 1, 1);
    private static readonly long PostgresEpochTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
    private const int FlushAt = 60 * 1024;

    /// <summary>"PGCOPY\n\377\r\n\0"</summary>
    private static ReadOnlySpan<byte> Signature => [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', 0x0A, 0xFF, 0x0D, 0x0A, 0x00];

    private readonly NpgsqlRawCopyStream _stream;
    private byte[] _buffer = new byte[FlushAt + 4096];
    private int _position;
    private int _arrayStart = -1;
    private bool _completed;

    private BinaryCopyWriter(NpgsqlRawCopyStream stream) => _stream = stream;

    /// <summary>Starts <c>COPY table (columns) FROM STDIN (FORMAT BINARY)</c> and writes the header.</summary>
    public static async Task<BinaryCopyWriter> BeginAsync(NpgsqlConnection conn, string copySql, CancellationToken ct)
    {
        var writer = new BinaryCopyWriter(await conn.BeginRawBinaryCopyAsync(copySql, ct));
        Signature.CopyTo(writer.Room(Signature.Length));
        writer.Int32(0); // flags
        writer.Int32(0); // header extension length
        return writer;
    }

    public void StartRow(short fields)
    {
        if (_position >= FlushAt) Flush();
        BinaryPrimitives.WriteInt16BigEndian(Room(2), fields);
    }

    public void Null() => Int32(-1);

    public void Int(int value)
    {
        Int32(4);
        Int32(value);
    }

    public void Double(double value)
    {
        Int32(8);
        BinaryPrimitives.WriteDoubleBigEndian(Room(8), value);
    }

    public void Double(double? value)
    {
        if (value is { } v) Double(v); else Null();
    }

    public void Int(int? value)
    {
        if (value is { } v) Int(v); else Null();
    }

    public void Bool(bool value)
    {
        Int32(1);
        Room(1)[0] = value ? (byte)1 : (byte)0;
    }

    public void Bool(bool? value)
    {
        if (value is { } v) Bool(v); else Null();
    }

    public void Date(DateOnly? value)
    {
        if (value is { } v) Date(v); else Null();
    }

    public void Date(DateOnly value)
    {
        Int32(4);
        Int32(value.DayNumber - PostgresEpoch.DayNumber);
    }

    public void Timestamp(DateTimeOffset value)
    {
        Int32(8);
        BinaryPrimitives.WriteInt64BigEndian(Room(8), (value.UtcTicks - PostgresEpochTicks) / TimeSpan.TicksPerMicrosecond);
    }

    public void Text(string? value)
    {
        if (value is null) { Null(); return; }
        var span = Room(4 + Encoding.UTF8.GetMaxByteCount(value.Length));
        var length = Encoding.UTF8.GetBytes(value, span[4..]);
        BinaryPrimitives.WriteInt32BigEndian(span, length);
        _position -= span.Length - 4 - length;
    }

    /// <summary>A jsonb field: its binary form is a version byte (1) and the JSON text.</summary>
    public void Jsonb(string? json)
    {
        if (json is null) { Null(); return; }
        var span = Room(5 + Encoding.UTF8.GetMaxByteCount(json.Length));
        var length = Encoding.UTF8.GetBytes(json, span[5..]);
        BinaryPrimitives.WriteInt32BigEndian(span, length + 1);
        span[4] = 1;
        _position -= span.Length - 5 - length;
    }

    /// <summary>Starts a one-dimensional array field of <paramref name="count"/> elements; write them with the usual methods, then <see cref="EndArray"/>.</summary>
    public void BeginArray(int count, uint elementOid, bool hasNulls)
    {
        _arrayStart = _position;
        Int32(0); // field length, filled in by EndArray
        Int32(1); // dimensions
        Int32(hasNulls ? 1 : 0);
        Int32((int)elementOid);
        Int32(count);
        Int32(1); // lower bound
    }

    public void EndArray()
    {
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_arrayStart), _position - _arrayStart - 4);
        _arrayStart = -1;
    }

    public async Task CompleteAsync(CancellationToken ct)
    {
        BinaryPrimitives.WriteInt16BigEndian(Room(2), -1);
        await _stream.WriteAsync(_buffer.AsMemory(0, _position), ct);
        _position = 0;
        _completed = true;
        await _stream.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            // Not completed: an exception ended the writing. Nothing half-written may count; the caller's transaction rolls back.
            if (!_completed) await _stream.CancelAsync();
        }
        catch (Exception e) when (e is NpgsqlException or IOException or InvalidOperationException)
        {
            // The connection is broken or the COPY already failed: the transaction is gone with it.
        }
        await _stream.DisposeAsync();
    }

    private void Int32(int value) => BinaryPrimitives.WriteInt32BigEndian(Room(4), value);

    private void Flush()
    {
        _stream.Write(_buffer, 0, _position);
        _position = 0;
    }

    /// <summary>The next <paramref name="size"/> bytes of the buffer, which grows when a row is longer than it.</summary>
    private Span<byte> Room(int size)
    {
        if (_position + size > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _position + size));
        var span = _buffer.AsSpan(_position, size);
        _position += size;
        return span;
    }
}
