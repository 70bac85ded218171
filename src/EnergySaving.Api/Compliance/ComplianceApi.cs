using EnergySaving.Api.Auth;
using EnergySaving.Api.Common;
using EnergySaving.Api.Consumption;
using EnergySaving.Api.Infrastructure;
using EnergySaving.Api.Training;
using EnergySaving.Api.Baselines;
using EnergySaving.Core.Messages;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EnergySaving.Api.Compliance;

public sealed record MissingManager(int FacilityId, string Code, string Name, string Sector, double AnnualToe);

public sealed record EnergyManagerCompliance(int Year, DateOnly On, int KeyFacilities, IReadOnlyList<MissingManager> Items);

public static class ComplianceApi
{
    public static void MapCompliance(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/compliance/energy-managers", EnergyManagers)
            .RequireAuthorization(Policies.CenterStaff)
            .WithTags("Compliance")
            .WithName("KeyFacilitiesWithoutEnergyManager")
            .WithSummary("Key facilities of a year without a certified energy manager (admin, analyst)")
            .WithDescription("Key facilities: 12 months reported and annual TOE over the threshold (1,000 TOE; buildings 500). " +
                             "A certificate counts when valid on 'on': by default 31 December of the year, or today for the current year.");
    }

    public static async Task<Results<Ok<EnergyManagerCompliance>, ValidationProblem>> EnergyManagers(
        EnergySavingDbContext db, IOptions<EligibilitySettings> eligibility, TimeProvider clock, CancellationToken ct,
        int? year = null, DateOnly? on = null)
    {
        var today = ProvinceClock.Today(clock);
        if (year is not { } y || !Month.IsValidYear(y) || y > today.Year)
            return Problems.Field("year", Message.Of("compliance.year.invalid", ("earliest", Month.EarliestYear), ("latest", today.Year)));
        var asOf = on ?? (y == today.Year ? today : new DateOnly(y, 12, 31));

        var keyFacilities = await AnnualTotals.KeyFacilitiesAsync(db, y, eligibility.Value.KeyThresholds, ct);
        var certified = await EnergyManagerQueries.FacilitiesWithValidManagerAsync(db, asOf, ct);
        var missing = keyFacilities.Where(f => !certified.Contains(f.FacilityId))
            .Select(f => new MissingManager(f.FacilityId, f.Code, f.Name, Facilities.SectorNames.ToApi(f.Sector), f.TotalToe))
            .ToList();
        return TypedResults.Ok(new EnergyManagerCompliance(y, asOf, keyFacilities.Count, missing));
    }
}
