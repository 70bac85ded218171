using System.Globalization;
using EnergySaving.Api.Auth;
using EnergySaving.Api.Common;
using EnergySaving.Api.Infrastructure;
using EnergySaving.Core.Messages;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Training;

public static class EnergyManagersApi
{
    public static RouteHandlerBuilder MapEnergyManagers(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/facilities/{id:int}/energy-managers", List)
            .RequireAuthorization(Policies.TrainingReaders)
            .WithTags("Training")
            .WithName("ListEnergyManagers")
            .WithSummary("People of the facility holding a certificate valid today or on ?on=YYYY-MM-DD (admin, trainer, analyst)")
            .WithDescription("Valid = issued on or before the date and valid until the date or later (or without end date). " +
                             "One entry per person (the certificate valid longest).");

    public static async Task<Results<Ok<EnergyManagersResponse>, ValidationProblem, ProblemHttpResult>> List(
        int id, EnergySavingDbContext db, TimeProvider clock, CancellationToken ct, string? on = null)
    {
        var date = ProvinceClock.Today(clock);
        if (!string.IsNullOrEmpty(on) && !DateOnly.TryParseExact(on, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return Problems.Field("on", Message.Of("training.energy-managers.date-invalid"));
        if (!await db.Facilities.AnyAsync(f => f.Id == id, ct)) return Problems.NotFound(Facilities.FacilitiesApi.NotFound(id));

        var rows = await db.Participants.AsNoTracking()
            .Where(p => p.FacilityId == id).ValidCertificatesOn(date)
            .Join(db.Courses, p => p.CourseId, c => c.Id, (p, c) => new { Participant = p, c.Title })
            .ToListAsync(ct);
        var items = rows
            .GroupBy(r => r.Participant.NormalizedName, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(r => r.Participant.CertificateValidUntil ?? DateOnly.MaxValue)
                .ThenByDescending(r => r.Participant.CertificateIssuedOn).First())
            .OrderBy(r => r.Participant.FullName, StringComparer.Ordinal)
            .Select(r => new EnergyManagerItem(r.Participant.Id, r.Participant.FullName, r.Participant.Position, r.Participant.CourseId, r.Title,
                r.Participant.CertificateNumber!, r.Participant.CertificateIssuedOn!.Value, r.Participant.CertificateValidUntil))
            .ToList();
        return TypedResults.Ok(new EnergyManagersResponse(id, date, items));
    }
}
