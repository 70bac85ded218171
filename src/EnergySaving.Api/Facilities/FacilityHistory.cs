using EnergySaving.Api.Common;
using EnergySaving.Api.Infrastructure;
using EnergySaving.Core.Facilities;
using EnergySaving.Core.Messages;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Facilities;

/// <summary>
/// Changing a facility never rewrites the past silently: every changed attribute is recorded in facility_changes
/// (who, when, old, new), a production unit cannot change while months carry production in the old unit (their
/// SEC would be relabelled), and the attributes a baseline depends on make the nightly run refit the facility.
/// </summary>
public static class FacilityHistory
{
    public const int ChangedByMaxLength = 256;

    /// <summary>Attributes that change a facility's baseline inputs (its weather, its production unit).</summary>
    public static readonly string[] BaselineFields = ["weatherStation", "productionUnit"];

    /// <summary>The API's field name and text value of every attribute a person can change.</summary>
    private static IEnumerable<(string Field, string? Value)> Attributes(Facility f) =>
    [
        ("code", f.Code), ("name", f.Name), (SectorField, f.Sector.ToApi()), ("industry", f.Industry),
        ("productionUnit", f.ProductionUnit), ("province", f.Province), ("district", f.District), ("commune", f.Commune),
        ("address", f.Address), ("taxCode", f.TaxCode), ("weatherStation", f.WeatherStation),
    ];

    /// <summary>A snapshot of the attributes, taken before a change is applied.</summary>
    public static Dictionary<string, string?> Snapshot(Facility f) => Attributes(f).ToDictionary(a => a.Field, a => a.Value);

    /// <summary>Adds one change row per attribute that differs (saved with the facility, in the same transaction).</summary>
    public static int Record(EnergySavingDbContext db, Dictionary<string, string?> before, Facility after, string by, DateTimeOffset at)
    {
        var changes = Attributes(after).Where(a => !string.Equals(before[a.Field], a.Value, StringComparison.Ordinal))
            .Select(a => new FacilityChange
            {
                FacilityId = after.Id, ChangedAt = at, ChangedBy = by, Field = a.Field, OldValue = before[a.Field], NewValue = a.Value,
            }).ToList();
        db.Set<FacilityChange>().AddRange(changes);
        return changes.Count;
    }

    /// <summary>
    /// The sector each facility had in a calendar year, for those whose sector changed after the year ended (the old
    /// value of the first such change); the others have their current sector. So setting a facility to "building"
    /// today does not change last year's key-facility threshold.
    /// </summary>
    public static async Task<Dictionary<int, Sector>> SectorsInForceAsync(EnergySavingDbContext db, int year, IReadOnlyCollection<int> facilityIds,
        CancellationToken ct)
    {
        var ids = facilityIds.ToArray();
        var changes = await SectorChangesAfter(db, year).Where(c => ids.Contains(c.FacilityId))
            .OrderBy(c => c.Id).Select(c => new { c.FacilityId, c.OldValue }).ToListAsync(ct);
        var result = new Dictionary<int, Sector>();
        foreach (var group in changes.GroupBy(c => c.FacilityId))
            if (SectorInForce(group.Select(c => c.OldValue)) is { } sector) result[group.Key] = sector;
        return result;
    }

    /// <summary>The same for every facility whose sector changed after the year (a whole province's year: no list of ids to send).</summary>
    public static async Task<Dictionary<int, Sector>> SectorsInForceAsync(EnergySavingDbContext db, int year, CancellationToken ct)
    {
        var changes = await SectorChangesAfter(db, year).OrderBy(c => c.Id).Select(c => new { c.FacilityId, c.OldValue }).ToListAsync(ct);
        var result = new Dictionary<int, Sector>();
        foreach (var group in changes.GroupBy(c => c.FacilityId))
            if (SectorInForce(group.Select(c => c.OldValue)) is { } sector) result[group.Key] = sector;
        return result;
    }

    /// <summary>Changes of sector made after <paramref name="year"/> ended; a query to compose (one facility's are read in id order).</summary>
    public static IQueryable<FacilityChange> SectorChangesAfter(EnergySavingDbContext db, int year)
    {
        var yearEnd = ProvinceClock.StartOf(new DateOnly(year + 1, 1, 1));
        return db.Set<FacilityChange>().AsNoTracking().Where(c => c.Field == SectorField && c.ChangedAt >= yearEnd);
    }

    /// <summary>The sector in force from one facility's <see cref="SectorChangesAfter"/> old values in id order: the first that names a sector; null = the current one.</summary>
    public static Sector? SectorInForce(IEnumerable<string?> oldValuesInOrder)
    {
        foreach (var old in oldValuesInOrder)
            if (SectorNames.TryParse(old, out var sector)) return sector;
        return null;
    }

    public const string SectorField = "sector";

    /// <summary>
    /// The refusal of a production-unit change while months report production in the current unit: their SEC
    /// would silently become TOE per the new unit. The months must be corrected (or their production removed) first.
    /// </summary>
    public static async Task<Message?> UnitChangeErrorAsync(EnergySavingDbContext db, Facility facility, string? newUnit, CancellationToken ct)
    {
        if (string.Equals(facility.ProductionUnit, newUnit, StringComparison.Ordinal) || facility.ProductionUnit is null) return null;
        var months = await db.ConsumptionMonths.CountAsync(m => m.FacilityId == facility.Id && m.ProductionQuantity != null, ct);
        return months == 0 ? null
            : Message.Of("facility.production-unit.months-reported",
                ("months", months), ("unit", facility.ProductionUnit), ("newUnit", newUnit ?? ""));
    }
}
