using Microsoft.Extensions.Options;

namespace EnergySaving.Api.Compliance.Pages;

/// <summary>Key facilities of a year without a certified energy manager (GET /api/compliance/energy-managers as a page).</summary>
[Authorize(Policy = Policies.CenterStaff, AuthenticationSchemes = WebAuth.Scheme)]
public sealed class EnergyManagersModel(EnergySavingDbContext db, IOptions<Baselines.EligibilitySettings> eligibility, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Year { get; set; }
    public Outcome<EnergyManagerCompliance> Answer { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year ??= (await Baselines.Pages.FlagYear.DefaultAsync(db, clock, ct)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        int? year = int.TryParse(Year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;
        Answer = FeatureAnswer.Of<EnergyManagerCompliance>(await ComplianceApi.EnergyManagers(db, eligibility, clock, ct, year));
        if (!Answer.IsOk) Response.StatusCode = Answer.Status;
    }
}
