
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
        var typing = new Dictionary<string, string[]>();
        var request = Course.ToRequest(typing);
        if (typing.Count == 0)
        {
            var answer = FeatureAnswer.Of<CourseResponse>(await CoursesApi.Create(request, db, ct));
            if (answer.Value is { } created) return LocalRedirect($"/training/courses/{created.Id}");
            Errors.Set("course", answer.Errors, answer.Detail);
        }
        else Errors.Set("course", typing, null);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Year ??= EnergySaving.Api.Common.ProvinceClock.Today(clock).Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var list = FeatureAnswer.Of<List<CourseResponse>>(await CoursesApi.List(db, ct, Year));
        Courses = list.Value ?? [];
        if (!list.Ok) Errors.Set("year", list.Errors, null);
        Summary = FeatureAnswer.Of<TrainingSummary>(await TrainingSummaryApi.Summary(db, ct, Year)).Value;
    }
}
