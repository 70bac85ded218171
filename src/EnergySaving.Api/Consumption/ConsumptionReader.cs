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
        return months.Select(ToResponse).ToList();
    }

    /// <summary>One stored month in the API's shape (also for a month read inside the writer's transaction).</summary>
    public MonthResponse ToResponse(MonthContent m) =>
        new(m.FacilityId, Month.Format(m.Month), m.Revision, m.TotalToe, Entries(m), Production(m), m.Note);

    /// <summary>Every revision of a month, oldest first: the earlier ones from the history, the current one last.</summary>
    public async Task<List<RevisionResponse>> RevisionsAsync(int facilityId, DateOnly month, CancellationToken ct)
    {
        var earlier = await db.ConsumptionRevisions.AsNoTracking()
            .Where(r => r.FacilityId == facilityId && r.Month == month).OrderBy(r => r.Revision).ToListAsync(ct);
        var current = await db.ConsumptionMonths.AsNoTracking()
            .Where(r => r.FacilityId == facilityId && r.Month == month).ToListAsync(ct);
        return earlier.Cast<MonthContent>().Concat(current).Select(r => new RevisionResponse(r.Revision, r.SubmittedBy, r.UpdatedAt,
            r.TotalToe, Entries(r), Production(r), r.Note)).ToList();
    }

    private List<EntryResponse> Entries(MonthContent m) =>
        Enumerable.Range(0, m.Carriers.Length).Select(i =>
        {
            var f = carriers.FactorById(m.FactorIds[i]);
            var factor = new FactorUsedDto(f.Toe, f.PerQuantity, f.PerUnit,
                f.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), f.Source, m.DeclaredToes[i]);
            return new EntryResponse(m.Carriers[i], m.Quantities[i], m.Units[i], m.Toes[i], factor);
        }).ToList();

    private static ProductionDto? Production(MonthContent m) =>
        m.ProductionQuantity is null ? null : new ProductionDto(m.ProductionQuantity, m.ProductionUnit);
}
