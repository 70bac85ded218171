using EnergySaving.Api.Auth;
using EnergySaving.Api.Baselines;
using EnergySaving.Api.Facilities;
using EnergySaving.Api.Infrastructure;
using EnergySaving.Api.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace EnergySaving.Api.Consumption.Pages;

/// <summary>A year's totals by carrier, key-facility status with its threshold, and SEC: GET /api/facilities/{id}/annual/{year} as a page.</summary>
[Authorize(Policy = Policies.ConsumptionUsers, AuthenticationSchemes = WebAuth.Scheme)]
public sealed class AnnualModel(EnergySavingDbContext db, IOptions<EligibilitySettings> eligibility) : PageModel
{
    public FacilityResponse Facility { get; private set; } = null!;
    public AnnualResponse Annual { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int year, CancellationToken ct)
    {
        var facility = FeatureAnswer.Of<FacilityResponse>(await FacilitiesApi.Get(id, User, db, ct));
        var annual = FeatureAnswer.Of<AnnualResponse>(await AnnualApi.Get(id, year, User, db, eligibility, ct));
        if (facility.Value is null || annual.Value is null) return NotFound();
        (Facility, Annual) = (facility.Value, annual.Value);
        return Page();
    }
}
