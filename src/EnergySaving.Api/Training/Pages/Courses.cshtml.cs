using EnergySaving.Api.Common;
using EnergySaving.Api.Common.Messages;

namespace EnergySaving.Api.Training.Pages;

/// <summary>Courses of a year with the year's summary (as in the province's report); trainers and admins register courses here.</summary>
[Authorize(Policy = Policies.TrainingReaders, AuthenticationSchemes = WebAuth.Scheme)]
public sealed class CoursesModel(EnergySavingDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Year { get; set; }
    [BindProperty] public CourseInput Course { get; set; } = new();
    public List<CourseResponse> Courses { get; private set; } = [];
    public TrainingSummary? Summary { get; private set; }
    public FormErrors Errors { get; } = new();
    public bool CanWrite => User.IsInRole(Roles.Admin) || User.IsInRole(Roles.Trainer);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanWrite) return Forbid();
        var typing = new FieldErrors();
        var request = Course.ToRequest(typing);
        var refusal = typing.Count > 0 ? Refusal.Invalid(typing) : null;
        if (refusal is null)
        {
            var outcome = await CoursesApi.CreateAsync(request, db, ct);
            if (outcome.IsOk) return LocalRedirect($"/training/courses/{outcome.Value!.Id}");
            refusal = outcome.Refusal!;
        }
        Errors.Set("course", refusal);
        Response.StatusCode = refusal.Status;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Year ??= EnergySaving.Api.Common.ProvinceClock.Today(clock).Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var list = await CoursesApi.ListAsync(db, ct, Year);
        Courses = list.Value ?? [];
        if (!list.IsOk) Errors.Set("year", list.Refusal!);
        Summary = (await TrainingSummaryApi.SummaryAsync(db, ct, Year)).Value;
    }
}
