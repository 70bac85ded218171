using EnergySaving.Api.Facilities;
using EnergySaving.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using nietras.SeparatedValues;

namespace EnergySaving.Api.Demo;

/// <summary>Loads seed-data/facilities.csv; facilities whose code already exists are left as they are.</summary>
public static class DemoFacilities
{
    public static async Task<int> LoadAsync(EnergySavingDbContext db, string seedFolder, CancellationToken ct = default)
    {
        var path = Path.Combine(seedFolder, "facilities.csv");
        var existing = (await db.Facilities.Select(f => f.Code).ToListAsync(ct)).ToHashSet();
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        var added = 0;
        foreach (var row in reader)
        {
            var request = new FacilityRequest(
                row["code"].ToString(), row["name"].ToString(), row["sector"].ToString(), row["industry"].ToString(),
                row["production_unit"].ToString(), row["province"].ToString(), row["district"].ToString(),
                row["commune"].ToString(), row["address"].ToString(), row["tax_code"].ToString(),
                row["weather_station"].ToString());
            var errors = FacilityRules.Validate(request);
            if (errors.Count > 0)
                throw new InvalidDataException($"{path} line {row.LineNumberFrom}: {string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value[0]}"))}");
            if (!existing.Add(request.Code!.Trim())) continue;
            var facility = new Facility { Code = "", Name = "", Province = "" };
            FacilityRules.Apply(request, facility);
            db.Facilities.Add(facility);
            added++;
        }
        await db.SaveChangesAsync(ct);
        return added;
    }
}
