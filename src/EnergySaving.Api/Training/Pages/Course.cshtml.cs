using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Training.Pages;

/// <summary>
/// A course: its details, participants, outcomes and certificates. Trainers and admins edit the course,
/// enrol, correct and withdraw participants and record outcomes, through the same feature code as the API.
/// </summary>
[Authorize(Policy = Policies.TrainingReaders, AuthenticationSchemes = WebAuth.Scheme)]
public sealed class CourseModel(EnergySavingDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    /// <summary>The participant whose details are being corrected (?edit=), shown in the enrolment form.</summary>
    [BindProperty(SupportsGet = true)] public int? Edit { get; set; }
    [BindProperty] public ParticipantInput Person { get; set; } = new();
    [BindProperty] public OutcomeInput Outcome { get; set; } = new();
    [BindProperty] public CourseInput CourseForm { get; set; } = new();

    public CourseResponse Course { get; private set; } = null!;
    public List<ParticipantResponse> Participants { get; private set; } = [];
    public List<(int Id, string Code, string Name)> Facilities { get; private set; } = [];
    public FormErrors Errors { get; } = new();
    public int? OutcomeFor { get; private set; }
    public string? Notice { get; private set; }
    public bool CanWrite => User.IsInRole(Roles.Admin) || User.IsInRole(Roles.Trainer);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        CourseForm = CourseInput.From(Course);
        if (Edit is { } pid && Participants.FirstOrDefault(p => p.Id == pid) is { } editing) Person = ParticipantInput.From(editing);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (!CanWrite) return Forbid();
        var result = (await ParticipantCsvExport.Export(Id, db, ct)).Result;
        return result is FileContentHttpResult file ? File(file.FileContents.ToArray(), file.ContentType!, file.FileDownloadName) : NotFound();
    }

    public Task<IActionResult> OnPostEnrollAsync(CancellationToken ct) => WriteAsync("person", async () =>
    {
        var typing = new Dictionary<string, string[]>();
        var request = Person.ToRequest(typing);
        if (typing.Count > 0) return FeatureAnswer<object>.Of(TypedResults.ValidationProblem(typing));
        return Edit is { } pid
            ? FeatureAnswer<object>.Of(await Enrolment.UpdateAsync(Id, pid, request, db, clock, ct))
            : FeatureAnswer<object>.Of(await Enrolment.EnrollAsync(Id, request, db, clock, ct));
    }, Edit is null ? "Enrolled." : "Participant corrected.", ct);

    public Task<IActionResult> OnPostWithdrawAsync(int participantId, CancellationToken ct) => WriteAsync("withdraw", async () =>
    {
        var answer = await Enrolment.WithdrawAsync(Id, participantId, User, db, clock, ct);
        return answer.Result is NoContent ? new FeatureAnswer<object>(new object(), 204, new Dictionary<string, string[]>(), null) : FeatureAnswer<object>.Of(answer);
    }, "Participant withdrawn.", ct);

    public Task<IActionResult> OnPostOutcomeAsync(int participantId, CancellationToken ct)
    {
        OutcomeFor = participantId;
        return WriteAsync($"outcome-{participantId}", async () =>
        {
            var typing = new Dictionary<string, string[]>();
            var request = Outcome.ToRequest(typing);
            if (typing.Count > 0) return FeatureAnswer<object>.Of(TypedResults.ValidationProblem(typing));
            return FeatureAnswer<object>.Of(await OutcomesApi.Record(Id, participantId, request, User, db, clock, ct));
        }, "Outcome recorded.", ct);
    }

    public Task<IActionResult> OnPostCourseAsync(CancellationToken ct) => WriteAsync("course", async () =>
    {
        var typing = new Dictionary<string, string[]>();
        var request = CourseForm.ToRequest(typing);
        if (typing.Count > 0) return FeatureAnswer<object>.Of(TypedResults.ValidationProblem(typing));
        return FeatureAnswer<object>.Of(await CoursesApi.Update(Id, request, db, ct));
    }, "Course saved.", ct);

    /// <summary>Runs one form's write; on success shows the page afresh with a notice, else the form as typed with its errors.</summary>
    private async Task<IActionResult> WriteAsync(string form, Func<Task<FeatureAnswer<object>>> write, string notice, CancellationToken ct)
    {
        if (!CanWrite) return Forbid();
        var answer = await write();
        if (answer.Status == StatusCodes.Status404NotFound) return NotFound();
        if (!await LoadAsync(ct)) return NotFound();
        if (answer.Ok)
        {
            Notice = notice;
            Person = new ParticipantInput();
            Edit = null;
            OutcomeFor = null;
            CourseForm = CourseInput.From(Course);
            return Page();
        }
        Errors.Set(form, answer.Errors, answer.Detail);
        Response.StatusCode = answer.Status;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var course = FeatureAnswer.Of<CourseResponse>(await CoursesApi.Get(Id, db, ct));
        if (course.Value is null) return false;
        Course = course.Value;
        Participants = FeatureAnswer.Of<List<ParticipantResponse>>(await ParticipantsApi.List(Id, User, db, ct)).Value ?? [];
        if (CanWrite)
            Facilities = (await db.Facilities.AsNoTracking().OrderBy(f => f.Code).Select(f => new { f.Id, f.Code, f.Name }).ToListAsync(ct))
                .Select(f => (f.Id, f.Code, f.Name)).ToList();
        return true;
    }
}
