using System.Security.Claims;
using EnergySaving.Api.Auth;

namespace EnergySaving.Api.Training;

public static class TrainingAccess
{
    /// <summary>Participants' email, phone and date of birth: trainers and admins only (analysts read the rest).</summary>
    public static bool SeesPersonalData(this ClaimsPrincipal user) => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Trainer);
}
