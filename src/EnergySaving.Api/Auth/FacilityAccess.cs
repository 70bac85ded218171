using System.Security.Claims;
using EnergySaving.Api.Facilities;
using EnergySaving.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Auth;

/// <summary>
/// Which facilities a signed-in user may see. Reporters see only the facilities bound to them;
/// everyone else who reached the endpoint sees all. Callers answer 404 for a facility outside the
/// set, so a reporter cannot even learn that it exists.
/// </summary>
public static class FacilityAccess
{
    public static bool IsReporterOnly(this ClaimsPrincipal user) =>
        user.IsInRole(Roles.Reporter) && !user.IsInRole(Roles.Admin) && !user.IsInRole(Roles.Analyst) && !user.IsInRole(Roles.Trainer);

    public static IQueryable<Facility> VisibleFacilities(this EnergySavingDbContext db, ClaimsPrincipal user)
    {
        if (!user.IsReporterOnly()) return db.Facilities;
        var userId = user.UserId();
        return db.Facilities.Where(f => db.UserFacilities.Any(uf => uf.UserId == userId && uf.FacilityId == f.Id));
    }

    public static Task<bool> CanAccessFacilityAsync(this EnergySavingDbContext db, ClaimsPrincipal user, int facilityId, CancellationToken ct) =>
        db.VisibleFacilities(user).AnyAsync(f => f.Id == facilityId, ct);
}
