using System.Globalization;
using EnergySaving.Api.Common;
using EnergySaving.Api.EnergyCarriers;
using EnergySaving.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Consumption;

/// <summary>Reads current months and revision history into the API's shapes.</summary>
public sealed class ConsumptionReader(EnergySavingDbContext db, CarrierCatalogStore carriers)
{
    public async Task<List<MonthResponse>> MonthsAsync(int facilityId, DateOnly first, DateOnly last, CancellationToken ct)
    {
        var months = await db.ConsumptionMonths.AsNoTracking()
            .Where(m => m.FacilityId == facilityId && m.Month >= first && m.Month <= last)
            .OrderBy(m => m.Month).ToListAsync(ct);
        var entries = await (
                from e in db.ConsumptionEntries.AsNoTracking()
                join m in db.ConsumptionMonths on new { e.FacilityId, e.Month, e.Revision } equals new { m.FacilityId, m.Month, m.Revision }
                where e.FacilityId == facilityId && e.Month >= first && e.Month <= last
                select e)
            .ToListAsync(ct);
        var byMonth = entries.ToLookup(e => e.Month);
        return months.Select(m => new MonthResponse(facilityId, Month.Format(m.Month), m.Revision, m.TotalToe,
            Entries(byMonth[m.Month]), Production(m.ProductionQuantity, m.ProductionUnit), m.Note)).ToList();
    }

    public async Task<List<RevisionResponse>> RevisionsAsync(int facilityId, DateOnly month, CancellationToken ct)
    {
        var revisions = await db.ConsumptionRevisions.AsNoTracking()
            .Where(r => r.FacilityId == facilityId && r.Month == month).OrderBy(r => r.Revision).ToListAsync(ct);
        var entries = (await db.ConsumptionEntries.AsNoTracking()
            .Where(e => e.FacilityId == facilityId && e.Month == month).ToListAsync(ct)).ToLookup(e => e.Revision);
        return revisions.Select(r => new RevisionResponse(r.Revision, r.SubmittedBy, r.SubmittedAt, r.TotalToe,
            Entries(entries[r.Revision]), Production(r.ProductionQuantity, r.ProductionUnit), r.Note)).ToList();
    }

    private List<EntryResponse> Entries(IEnumerable<ConsumptionEntry> entries) =>
        entries.OrderBy(e => e.Carrier, StringComparer.Ordinal).Select(e =>
        {
            var f = carriers.FactorById(e.FactorId);
            var factor = new FactorUsedDto(f.Toe, f.PerQuantity, f.PerUnit,
                f.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), f.Source, e.DeclaredToe);
            return new EntryResponse(e.Carrier, e.Quantity, e.Unit, e.Toe, factor);
        }).ToList();

    private static ProductionDto? Production(double? quantity, string? unit) =>
        quantity is null ? null : new ProductionDto(quantity, unit);
}
