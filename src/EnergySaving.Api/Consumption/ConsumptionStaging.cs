using Npgsql;
using NpgsqlTypes;

namespace EnergySaving.Api.Consumption;

/// <summary>
/// A transaction-scoped staging table that entries are streamed into with PostgreSQL binary COPY,
/// before <see cref="ConsumptionMerge"/> turns them into revisions in a few set-based statements.
/// </summary>
public sealed class ConsumptionStaging : IAsyncDisposable
{
    private readonly NpgsqlBinaryImporter _copy;

    private ConsumptionStaging(NpgsqlBinaryImporter copy) => _copy = copy;

    public long Rows { get; private set; }

    public static async Task<ConsumptionStaging> BeginAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        await using (var create = new NpgsqlCommand("""
            CREATE TEMP TABLE staged_entries (
                facility_id int NOT NULL, month date NOT NULL, carrier text NOT NULL,
                quantity float8 NOT NULL, unit text NOT NULL, toe float8 NOT NULL, factor_id int NOT NULL,
                declared_toe float8, production_quantity float8, production_unit text, note text
            ) ON COMMIT DROP
            """, conn))
            await create.ExecuteNonQueryAsync(ct);
        var copy = await conn.BeginBinaryImportAsync("""
            COPY staged_entries (facility_id, month, carrier, quantity, unit, toe, factor_id, declared_toe,
                                 production_quantity, production_unit, note) FROM STDIN (FORMAT BINARY)
            """, ct);
        return new ConsumptionStaging(copy);
    }

    /// <summary>Synchronous on purpose: called per CSV row inside a loop over a ref-struct reader; COPY buffers.</summary>
    public void Write(in StagedEntry e)
    {
        _copy.StartRow();
        _copy.Write(e.FacilityId, NpgsqlDbType.Integer);
        _copy.Write(e.Month, NpgsqlDbType.Date);
        _copy.Write(e.Carrier, NpgsqlDbType.Text);
        _copy.Write(e.Quantity, NpgsqlDbType.Double);
        _copy.Write(e.Unit, NpgsqlDbType.Text);
        _copy.Write(e.Toe, NpgsqlDbType.Double);
        _copy.Write(e.FactorId, NpgsqlDbType.Integer);
        WriteNullable(e.DeclaredToe);
        WriteNullable(e.ProductionQuantity);
        WriteNullable(e.ProductionUnit);
        WriteNullable(e.Note);
        Rows++;
    }

    public async Task CompleteAsync(CancellationToken ct)
    {
        await _copy.CompleteAsync(ct);
        await _copy.CloseAsync(ct);
    }

    public ValueTask DisposeAsync() => _copy.DisposeAsync();

    private void WriteNullable(double? value)
    {
        if (value is { } v) _copy.Write(v, NpgsqlDbType.Double);
        else _copy.WriteNull();
    }

    private void WriteNullable(string? value)
    {
        if (value is not null) _copy.Write(value, NpgsqlDbType.Text);
        else _copy.WriteNull();
    }
}
