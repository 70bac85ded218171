using EnergySaving.Api.Infrastructure;
using System.Runtime.InteropServices;
using EnergySaving.Core.Baselines;
using Npgsql;

namespace EnergySaving.Api.Consumption;

/// <summary>
/// Streams entries into a transaction-scoped staging table with PostgreSQL binary COPY, one row per
/// facility-month (entries as arrays sorted by carrier), ready for <see cref="ConsumptionMerge"/>.
/// Entries of one month usually arrive together (a PUT, or a CSV sorted by facility and month); a
/// month whose rows are scattered through a file is staged in parts and joined again in SQL.
/// </summary>
public sealed class ConsumptionStaging : IAsyncDisposable
{
    private readonly BinaryCopyWriter _copy;
    private readonly List<StagedEntry> _group = new(16);
    private readonly HashSet<long> _months;
    private long _groupKey = -1;

    private ConsumptionStaging(BinaryCopyWriter copy, int expectedMonths) => (_copy, _months) = (copy, new HashSet<long>(expectedMonths));

    /// <summary>Distinct facility-months staged.</summary>
    public int Months => _months.Count;

    /// <summary>Whether this facility-month was staged (the months a PUT or an import writes).</summary>
    public bool Contains(int facilityId, DateOnly month) => _months.Contains(Key(facilityId, month));

    private static long Key(int facilityId, DateOnly month) => ((long)facilityId << 32) | (uint)MonthRange.MonthIndex(month);

    /// <summary>True when some month came in parts that the merge has to join.</summary>
    public bool HasSplitMonths { get; private set; }

    public static async Task<ConsumptionStaging> BeginAsync(NpgsqlConnection conn, CancellationToken ct, int expectedMonths = 0)
    {
        await using (var create = new NpgsqlCommand("""
            CREATE TEMP TABLE staged_parts (
                facility_id int NOT NULL, month date NOT NULL, total_toe float8 NOT NULL,
                production_quantity float8, production_unit text, note text,
                carriers text[] NOT NULL, quantities float8[] NOT NULL, units text[] NOT NULL, toes float8[] NOT NULL,
                factor_ids int[] NOT NULL, declared_toes float8[] NOT NULL
            ) ON COMMIT DROP
            """, conn))
            await create.ExecuteNonQueryAsync(ct);
        var copy = await BinaryCopyWriter.BeginAsync(conn, """
            COPY staged_parts (facility_id, month, total_toe, production_quantity, production_unit, note,
                               carriers, quantities, units, toes, factor_ids, declared_toes) FROM STDIN (FORMAT BINARY)
            """, ct);
        return new ConsumptionStaging(copy, expectedMonths);
    }

    /// <summary>Synchronous on purpose: called per CSV row inside a loop over a ref-struct reader; the writer buffers.</summary>
    public void Add(in StagedEntry e)
    {
        var key = Key(e.FacilityId, e.Month);
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
    }

    public ValueTask DisposeAsync() => _copy.DisposeAsync();

    /// <summary>The staged months as a FROM item (binary COPY keeps every double bit for bit).</summary>
    public const string Parts = "staged_parts";

    private static readonly Comparison<StagedEntry> ByCarrier = (a, b) => string.CompareOrdinal(a.Carrier, b.Carrier);

    private void Flush()
    {
        if (_group.Count == 0) return;
        // By reference: an entry is a dozen fields, and each loop below would copy it otherwise.
        var group = CollectionsMarshal.AsSpan(_group);
        group.Sort(ByCarrier);
        var n = group.Length;
        double total = 0;
        double? production = null;
        string? productionUnit = null;
        string? note = null;
        var hasNullDeclared = false;
        foreach (ref readonly var e in group)
        {
            total += e.Toe;
            production ??= e.ProductionQuantity;
            productionUnit ??= e.ProductionUnit;
            note ??= e.Note;
            hasNullDeclared |= e.DeclaredToe is null;
        }
        ref readonly var first = ref group[0];
        var w = _copy;
        w.StartRow(12);
        w.Int(first.FacilityId);
        w.Date(first.Month);
        w.Double(total);
        w.Double(production);
        w.Text(productionUnit);
        w.Text(note);
        w.BeginArray(n, BinaryCopyWriter.TextOid, false);
        foreach (ref readonly var e in group) w.Text(e.Carrier);
        w.EndArray();
        w.BeginArray(n, BinaryCopyWriter.Float8Oid, false);
        foreach (ref readonly var e in group) w.Double(e.Quantity);
        w.EndArray();
        w.BeginArray(n, BinaryCopyWriter.TextOid, false);
        foreach (ref readonly var e in group) w.Text(e.Unit);
        w.EndArray();
        w.BeginArray(n, BinaryCopyWriter.Float8Oid, false);
        foreach (ref readonly var e in group) w.Double(e.Toe);
        w.EndArray();
        w.BeginArray(n, BinaryCopyWriter.Int4Oid, false);
        foreach (ref readonly var e in group) w.Int(e.FactorId);
        w.EndArray();
        w.BeginArray(n, BinaryCopyWriter.Float8Oid, hasNullDeclared); // NULL where no factor was declared
        foreach (ref readonly var e in group) w.Double(e.DeclaredToe);
        w.EndArray();
        _group.Clear();
    }
}
