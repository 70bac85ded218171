using EnergySaving.Api.Baselines.Pages;

namespace EnergySaving.Api.Overview.Pages;

[Authorize(Policy = Policies.CenterStaff, AuthenticationSchemes = WebAuth.Scheme)]
public sealed class IndexModel(EnergySavingDbContext db, TimeProvider clock) : PageModel
{
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)] public string? Year { get; set; }
    public Outcome<YearOverviewResponse> Answer { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year ??= (await FlagYear.DefaultAsync(db, clock, ct)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Answer = FeatureAnswer.Of<YearOverviewResponse>(await YearOverview.Get(Year, db, ct));
        if (!Answer.IsOk) Response.StatusCode = Answer.Status;
    }
}
