using System.Globalization;
using EnergySaving.Api.Common;
using EnergySaving.Api.EnergyCarriers;
using EnergySaving.Api.Facilities;
using EnergySaving.Core.Energy;
using EnergySaving.Core.Messages;
using nietras.SeparatedValues;
using Npgsql;

namespace EnergySaving.Api.Consumption.Imports;

public sealed record ImportSummary(long Rows, int MonthsWritten, int Facilities)
{
    /// <summary>Data-quality warnings about the months written (the first DataQualityService.MaxWarnings).</summary>
    public IReadOnlyList<DataQuality.WarningDto> Warnings { get; init; } = [];
}

public sealed record ImportResult(ImportSummary? Summary, IReadOnlyList<RowError> Errors, long BadRows);

/// <summary>
/// Streams a consumption CSV (the header of API.md) into the staging table with binary COPY while
/// checking every row, then merges everything in one transaction, or nothing when any row is bad.
/// The file is never held in memory: rows are validated and copied as they are read.
/// </summary>
public sealed class ConsumptionCsvImporter(NpgsqlDataSource dataSource, EntryConverter converter, CarrierCatalogStore carriers,
    TimeProvider clock, ILogger<ConsumptionCsvImporter> logger)
{
    public const int MaxListedErrors = 1000;

    public static readonly string[] Columns =
        ["facility_code", "month", "carrier", "quantity", "unit", "production_quantity", "production_unit"];

    /// <summary>A row of the format takes at least this many bytes (a short code, a month, a carrier, a number, a unit).</summary>
    private const int MinRowBytes = 40;

    /// <summary>The tables of the cross-row checks are sized for at most this many rows up front, and grow past it.</summary>
    private const int MaxPresizedRows = 1_500_000;

    /// <param name="body">The CSV.</param>
    /// <param name="submittedBy">Who imports.</param>
    /// <param name="ct">Cancellation.</param>
    /// <param name="byteLength">
    /// The upload's length when known (Content-Length): the per-row tables are then sized once instead of
    /// doubling a dozen times, each doubling a large-object allocation that costs a full garbage collection.
    /// </param>
    public async Task<ImportResult> ImportAsync(Stream body, string submittedBy, CancellationToken ct, long? byteLength = null)
    {
        var expectedRows = (int)Math.Min(MaxPresizedRows, (byteLength ?? (body.CanSeek ? body.Length : 0)) / MinRowBytes);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        var facilities = await FacilityDirectory.LoadAsync(conn, ct);
        await using var tx = await conn.BeginTransactionAsync(ct);

        var errors = new List<RowError>();
        SepReader reader;
        try
        {
            reader = await Sep.Reader(o => o with { Unescape = true, Trim = SepTrim.All, DisableColCountCheck = true })
                .FromAsync(body, ct);
        }
        catch (Exception e) when (e is ArgumentException or InvalidDataException or FormatException)
        {
            // Sep refuses some headers outright, e.g. the same column twice.
            return new ImportResult(null, [new RowError(1, "header", Message.Of("csv.header.invalid", ("detail", ClientText.Excerpt(e.Message))))], 1);
        }
        using var _ = reader;
        long badRows = 0;
        void Fail(int row, string column, Message message)
        {
            if (errors.Count < MaxListedErrors) errors.Add(new RowError(row, column, message));
        }

        var missing = Columns.Where(c => !reader.Header.ColNames.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            Fail(1, missing[0], Message.Of("import.header.missing-columns", ("expected", string.Join(",", Columns)), ("missing", missing)));
            return new ImportResult(null, errors, 1);
        }
        var col = Columns.Select(c => reader.Header.IndexOf(c)).ToArray();

        long rows = 0;
        var latestMonth = ProvinceClock.CurrentMonth(clock);
        var checks = new CrossRowChecks(expectedRows);
        var strings = new RepeatedStrings();
        var carrierIndex = carriers.Catalog.Codes.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i, StringComparer.Ordinal);
        await using var staging = await ConsumptionStaging.BeginAsync(conn, ct, expectedRows / 2);
        var rowNumber = 1;
        var columns = reader.Header.ColNames.Count;
        Action<int, string, Message> fail = Fail; // one delegate, not one per row
        try
        {
            await foreach (var row in reader)
            {
                rowNumber++;
                if (CsvRows.IsBlank(row)) continue;
                rows++;
                if (CsvRows.ColumnCountError(row, columns) is { } columnError)
                {
                    Fail(rowNumber, "row", columnError);
                    badRows++;
                    continue;
                }
                var entry = ParseRow(row, col, rowNumber, facilities, latestMonth, strings, fail);
                if (entry is { } e
                    && checks.Add(rowNumber, e.FacilityId, e.Month, carrierIndex[e.Carrier], e.Carrier, e.ProductionQuantity, e.ProductionUnit) is { } clash)
                {
                    Fail(rowNumber, clash.Column, clash.Message);
                    entry = null;
                }
                if (entry is not { } ok) badRows++;
                else if (errors.Count == 0) staging.Add(ok); // once a row is bad nothing will be written: stop staging
            }
        }
        catch (Exception e) when (e is ArgumentException or InvalidDataException or FormatException)
        {
            Fail(rowNumber + 1, "row", Message.Of("csv.unreadable-from-here", ("detail", ClientText.Excerpt(e.Message))));
            badRows++;
        }
        await staging.CompleteAsync(ct);

        var copied = watch.Elapsed;
        if (rows == 0) Fail(2, "facility_code", Message.Of("import.no-rows"));
        if (errors.Count > 0)
        {
            await tx.RollbackAsync(ct);
            return new ImportResult(null, errors, Math.Max(badRows, errors.Count));
        }

        var locked = await AnnualReports.MonthLock.FindLockedAsync(conn, ct);
        if (locked.Count > 0)
        {
            foreach (var l in locked) Fail(checks.FirstRow(l.FacilityId, l.Month), "month", AnnualReports.MonthLock.Locked(l.Month));
            await tx.RollbackAsync(ct);
            return new ImportResult(null, errors, locked.Count);
        }
        var outcome = await ConsumptionMerge.MergeAsync(conn, staging, submittedBy, clock.GetUtcNow(), ct, bulk: true);
        var merged = watch.Elapsed;
        var findings = await DataQuality.DataQualityEvaluator.ForStagedAsync(conn, staging, ct);
        var checkedQuality = watch.Elapsed;
        await tx.CommitAsync(ct);
        var written = outcome.MonthsCreated + outcome.MonthsRevised;
        if (written >= AnalyzeAfterMonths)
        {
            // The merge held a table lock, so autovacuum skipped these tables; until they are analysed the planner
            // takes them for as small as before the import (measured after a 360,000-month import: PUTs at a third of
            // their speed until autovacuum came back). Not cancelled with the request: the data are in.
            await using var analyze = new NpgsqlCommand("ANALYZE consumption_months, consumption_revisions", conn);
            await analyze.ExecuteNonQueryAsync(CancellationToken.None);
        }
        logger.LogInformation("Imported {Rows} rows: read, checked and copied in {Copy} ms, locks checked and merged in {Merge} ms, " +
                              "data quality in {Quality} ms, committed in {Commit} ms; {Months} months written.",
            rows, (long)copied.TotalMilliseconds, (long)(merged - copied).TotalMilliseconds, (long)(checkedQuality - merged).TotalMilliseconds,
            (long)(watch.Elapsed - checkedQuality).TotalMilliseconds, outcome.MonthsCreated + outcome.MonthsRevised);
        return new ImportResult(new ImportSummary(rows, outcome.MonthsCreated + outcome.MonthsRevised, checks.Facilities)
            { Warnings = DataQuality.DataQualityService.Warnings(findings) }, [], 0);
    }

    /// <summary>An import writing at least this many months analyses the months' tables after it commits.</summary>
    public const int AnalyzeAfterMonths = 10_000;

    private StagedEntry? ParseRow(SepReader.Row row, int[] col, int rowNumber, FacilityDirectory facilities, DateOnly latestMonth,
        RepeatedStrings strings, Action<int, string, Message> fail)
    {
        var ok = true;
        var code = row[col[0]].Span;
        if (!facilities.TryGet(code, out var facility))
        {
            fail(rowNumber, "facility_code", code.Length == 0 ? Message.Of("import.facility-code.empty")
                : Message.Of("import.facility-code.unknown", ("code", ClientText.Excerpt(code))));
            ok = false;
        }

        if (MonthParameter.Error(row[col[1]].Span, latestMonth, out var month) is { } monthError)
        {
            fail(rowNumber, "month", monthError);
            ok = false;
        }

        if (!TryNumber(row[col[3]].Span, out var quantity))
        {
            fail(rowNumber, "quantity", Message.Of("import.quantity.not-a-number", ("value", ClientText.Excerpt(row[col[3]].Span))));
            ok = false;
        }

        (double Quantity, string Unit)? production = null;
        var productionText = row[col[5]].Span;
        var productionUnit = strings.Get(row[col[6]].Span);
        if (productionText.Length > 0 || productionUnit.Length > 0)
        {
            var check = MonthReportRules.CheckProduction(TryNumber(productionText, out var p) ? p : null, productionUnit,
                facility?.ProductionUnit, "production_unit");
            if (check.QuantityError is { } quantityError) fail(rowNumber, "production_quantity", quantityError);
            if (check.UnitError is { } unitError) fail(rowNumber, "production_unit", unitError);
            if (check.Ok) production = (check.Quantity, check.Unit!);
            else ok = false;
        }

        if (!ok || facility is null) return null;
        var converted = converter.Convert(month, strings.Get(row[col[2]].Span), quantity, strings.Get(row[col[4]].Span), null, out var error);
        if (converted is not { } c)
        {
            fail(rowNumber, error.Field == "month" ? "month" : error.Field, error.Message);
            return null;
        }
        return new StagedEntry(rowNumber, facility.Id, month, c.Carrier, quantity, c.Unit, c.Toe, c.FactorId, null,
            production?.Quantity, production?.Unit, null);
    }

    private static bool TryNumber(ReadOnlySpan<char> text, out double value) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
