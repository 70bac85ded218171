using EnergySaving.Api.Baselines;
using EnergySaving.Api.Common;
using EnergySaving.Api.Consumption;
using EnergySaving.Api.Training;
using EnergySaving.Core.KeyFacilities;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Facilities.Pages;

[Authorize(Policy = Policies.FacilityReaders, AuthenticationSchemes = WebAuth.Scheme)]
public sealed class DetailModel(EnergySavingDbContext db, ConsumptionReader reader, IOptions<EligibilitySettings> eligibility, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public FacilityResponse Facility { get; private set; } = null!;
    public int ShownYear { get; private set; }
    public bool SeesConsumption { get; private set; }
    public IReadOnlyList<MonthResponse> ThisYear { get; private set; } = [];
    public IReadOnlyList<MonthResponse> LastYear { get; private set; } = [];
    public AnnualResponse? Annual { get; private set; }
    public BaselineResponse? Baseline { get; private set; }
    /// <summary>The fitted baseline's expected TOE of each month of the year (reported months it can predict).</summary>
    public Dictionary<DateOnly, double> Expected { get; private set; } = [];
    public DateOnly CurrentMonth { get; private set; }
    public EnergyManagersResponse? Managers { get; private set; }
    public bool IsCenterStaff => User.IsInRole(Roles.Admin) || User.IsInRole(Roles.Analyst);
    [BindProperty(Name = "from")] public string? PeriodFrom { get; set; }
    [BindProperty(Name = "to")] public string? PeriodTo { get; set; }
    public IReadOnlyDictionary<string, string[]> PeriodErrors { get; private set; } = new Dictionary<string, string[]>();
    public string? PeriodSaved { get; private set; }

    /// <summary>Sets the baseline period (admin, analyst): BaselinesApi.PutPeriod, used by the next run.</summary>
    public async Task<IActionResult> OnPostPeriodAsync(CancellationToken ct)
    {
        if (!IsCenterStaff) return Forbid();
        var answer = FeatureAnswer.Of<BaselinePeriodResponse>(await BaselinesApi.PutPeriod(Id, new BaselinePeriodRequest(PeriodFrom, PeriodTo), User, db, clock, ct));
        if (answer.Status == StatusCodes.Status404NotFound) return NotFound();
        if (answer.Value is { } saved) PeriodSaved = $"{saved.From} – {saved.To}";
        else
        {
            PeriodErrors = answer.PageErrors("from");
            Response.StatusCode = answer.Status;
        }
        var result = await OnGetAsync(ct);
        return result;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var facility = FeatureAnswer.Of<FacilityResponse>(await FacilitiesApi.Get(Id, User, db, ct));
        if (facility.Value is null) return NotFound();
        Facility = facility.Value;
        var today = ProvinceClock.Today(clock);
        CurrentMonth = new DateOnly(today.Year, today.Month, 1);
        SeesConsumption = User.IsInRole(Roles.Admin) || User.IsInRole(Roles.Analyst) || User.IsInRole(Roles.Reporter);
        if (User.IsInRole(Roles.Admin) || User.IsInRole(Roles.Analyst) || User.IsInRole(Roles.Trainer))
            Managers = FeatureAnswer.Of<EnergyManagersResponse>(await Training.EnergyManagersApi.List(Id, db, clock, ct)).Value;
        // Without ?year=, the latest year the facility reported (this year when it has not reported yet).
        var latest = SeesConsumption
            ? await db.ConsumptionMonths.Where(m => m.FacilityId == Id).MaxAsync(m => (DateOnly?)m.Month, ct)
            : null;
        ShownYear = Year is >= 1990 and <= 9999 ? Year.Value : latest?.Year ?? today.Year;
        if (!SeesConsumption) return Page();

        var months = FeatureAnswer.Of<MonthsResponse>(await ConsumptionApi.List(Id, User, db, reader, ct,
            $"{ShownYear - 1}-01", $"{ShownYear}-12")).Value?.Months ?? [];
        ThisYear = months.Where(m => m.Month.StartsWith($"{ShownYear}-", StringComparison.Ordinal)).ToList();
        LastYear = months.Where(m => m.Month.StartsWith($"{ShownYear - 1}-", StringComparison.Ordinal)).ToList();
        Annual = FeatureAnswer.Of<AnnualResponse>(await AnnualApi.Get(Id, ShownYear, User, db, eligibility, ct)).Value;
        Baseline = FeatureAnswer.Of<BaselineResponse>(await BaselinesApi.GetBaseline(Id, User, db, ct)).Value;
        if (Baseline?.Model is { } model) Expected = await ExpectedMonths.OfYearAsync(db, Id, model, ShownYear, ct);
        return Page();
    }

    public static string MonthKey(int year, int month) => $"{year:D4}-{month:D2}";

    public MonthResponse? Find(int year, int month) =>
        (year == ShownYear ? ThisYear : LastYear).FirstOrDefault(m => m.Month == MonthKey(year, month));
}
