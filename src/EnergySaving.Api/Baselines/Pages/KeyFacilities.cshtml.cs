
namespace EnergySaving.Api.Baselines.Pages;

[Authorize(Policy = Policies.CenterStaff, AuthenticationSchemes = WebAuth.Scheme)]
public sealed class KeyFacilitiesModel(EnergySavingDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Year { get; set; }
    public Outcome<KeyFacilitiesResponse> Answer { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year ??= (await FlagYear.DefaultAsync(db, clock, ct)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Answer = FeatureAnswer.Of<KeyFacilitiesResponse>(await FlagsApi.KeyFacilities(Year, db, ct));
        if (!Answer.IsOk) Response.StatusCode = Answer.Status;
    }
}
