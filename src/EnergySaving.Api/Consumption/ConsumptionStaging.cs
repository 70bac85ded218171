using EnergySaving.Core.Baselines;
using Npgsql;
using NpgsqlTypes;

namespace EnergySaving.Api.Consumption;

/// <summary>
/// Streams entries into a transaction-scoped staging table with PostgreSQL binary COPY, one row per
/// facility-month (entries as arrays sorted by carrier), ready for <see cref="ConsumptionMerge"/>.
/// Entries of one month usually arrive together (a PUT, or a CSV sorted by facility and month); a
/// month whose rows are scattered through a file is staged in parts and joined again in SQL.
/// </summary>
public sealed class ConsumptionStaging : IAsyncDisposable
{
    private readonly NpgsqlBinaryImporter _copy;
    private readonly List<StagedEntry> _group = new(16);
    private readonly HashSet<long> _months = [];
    private long _groupKey = -1;

    private ConsumptionStaging(NpgsqlBinaryImporter copy) => _copy = copy;

    /// <summary>Distinct facility-months staged.</summary>
    public int Months => _months.Count;

    /// <summary>True when some month came in parts that the merge has to join.</summary>
    public bool HasSplitMonths { get; private set; }

    public static async Task<ConsumptionStaging> BeginAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        await using (var create = new NpgsqlCommand("""
            CREATE TEMP TABLE staged_parts (
                facility_id int NOT NULL, month date NOT NULL, total_toe float8 NOT NULL,
                production_quantity float8, production_unit text, note text,
                carriers text NOT NULL, quantities text NOT NULL, units text NOT NULL, toes text NOT NULL,
                factor_ids text NOT NULL, declared_toes text NOT NULL
            ) ON COMMIT DROP
            """, conn))
            await create.ExecuteNonQueryAsync(ct);
        var copy = await conn.BeginBinaryImportAsync("""
            COPY staged_parts (facility_id, month, total_toe, production_quantity, production_unit, note,
                               carriers, quantities, units, toes, factor_ids, declared_toes) FROM STDIN (FORMAT BINARY)
            """, ct);
        return new ConsumptionStaging(copy);
    }

    /// <summary>Synchronous on purpose: called per CSV row inside a loop over a ref-struct reader; COPY buffers.</summary>
    public void Add(in StagedEntry e)
    {
        var key = ((long)e.FacilityId << 32) | (uint)MonthRange.MonthIndex(e.Month);
        if (key != _groupKey)
        {
            Flush();
            _groupKey = key;
            if (!_months.Add(key)) HasSplitMonths = true;
        }
        _group.Add(e);
    }

    public async Task CompleteAsync(CancellationToken ct)
    {
        Flush();
        await _copy.CompleteAsync(ct);
        await _copy.CloseAsync(ct);
    }

    public ValueTask DisposeAsync() => _copy.DisposeAsync();

    /// <summary>
    /// The staged months as a FROM item with the array columns cast back to their types; the
    /// numbers were written in round-trip form, so every double comes back bit for bit.
    /// </summary>
    public const string Parts = """
        (SELECT facility_id, month, total_toe, production_quantity, production_unit, note,
                carriers::text[] AS carriers, quantities::float8[] AS quantities, units::text[] AS units,
                toes::float8[] AS toes, factor_ids::int[] AS factor_ids, declared_toes::float8[] AS declared_toes
         FROM staged_parts)
        """;

    private void Flush()
    {
        if (_group.Count == 0) return;
        _group.Sort((a, b) => string.CompareOrdinal(a.Carrier, b.Carrier));
        var n = _group.Count;
        var carriers = new string[n];
        var quantities = new double[n];
        var units = new string[n];
        var toes = new double[n];
        var factorIds = new int[n];
        var declared = new double?[n];
        double total = 0;
        double? production = null;
        string? productionUnit = null;
        string? note = null;
        for (var i = 0; i < n; i++)
        {
            var e = _group[i];
            (carriers[i], quantities[i], units[i], toes[i], factorIds[i], declared[i]) = (e.Carrier, e.Quantity, e.Unit, e.Toe, e.FactorId, e.DeclaredToe);
            total += e.Toe;
            production ??= e.ProductionQuantity;
            productionUnit ??= e.ProductionUnit;
            note ??= e.Note;
        }
        var first = _group[0];
        _copy.StartRow();
        _copy.Write(first.FacilityId, NpgsqlDbType.Integer);
        _copy.Write(first.Month, NpgsqlDbType.Date);
        _copy.Write(total, NpgsqlDbType.Double);
        if (production is { } p) _copy.Write(p, NpgsqlDbType.Double); else _copy.WriteNull();
        if (productionUnit is not null) _copy.Write(productionUnit, NpgsqlDbType.Text); else _copy.WriteNull();
        if (note is not null) _copy.Write(note, NpgsqlDbType.Text); else _copy.WriteNull();
        // Arrays travel as PostgreSQL array literals in text columns and are cast back in
        // ConsumptionMerge: Npgsql's binary array writer costs several times more per call.
        _copy.Write(ArrayLiteral.Of(carriers), NpgsqlDbType.Text);
        _copy.Write(ArrayLiteral.Of(quantities), NpgsqlDbType.Text);
        _copy.Write(ArrayLiteral.Of(units), NpgsqlDbType.Text);
        _copy.Write(ArrayLiteral.Of(toes), NpgsqlDbType.Text);
        _copy.Write(ArrayLiteral.Of(factorIds), NpgsqlDbType.Text);
        _copy.Write(ArrayLiteral.Of(declared), NpgsqlDbType.Text);
        _group.Clear();
    }
}
