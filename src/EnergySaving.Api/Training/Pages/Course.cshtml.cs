using Microsoft.AspNetCore.Http.HttpResults;
using EnergySaving.Api.Common;
using EnergySaving.Api.Common.Messages;
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
        var typing = new FieldErrors();
        var request = Person.ToRequest(typing);
        if (typing.Count > 0) return Refusal.Invalid(typing);
        return Edit is { } pid
            ? (await Enrolment.UpdateAsync(Id, pid, request, db, clock, ct)).Refusal
            : (await Enrolment.EnrollAsync(Id, request, db, clock, ct)).Refusal;
    }, Edit is null ? "Enrolled." : "Participant corrected.", ct);

    public Task<IActionResult> OnPostWithdrawAsync(int participantId, CancellationToken ct) => WriteAsync("withdraw", async () =>
        (await Enrolment.WithdrawAsync(Id, participantId, User, db, clock, ct)).Refusal, "Participant withdrawn.", ct);

    public Task<IActionResult> OnPostOutcomeAsync(int participantId, CancellationToken ct)
    {
        OutcomeFor = participantId;
        return WriteAsync($"outcome-{participantId}", async () =>
        {
            var typing = new FieldErrors();
            var request = Outcome.ToRequest(typing);
            if (typing.Count > 0) return Refusal.Invalid(typing);
            return (await OutcomesApi.RecordAsync(Id, participantId, request, User, db, clock, ct)).Refusal;
        }, "Outcome recorded.", ct);
    }

    public Task<IActionResult> OnPostCourseAsync(CancellationToken ct) => WriteAsync("course", async () =>
    {
        var typing = new FieldErrors();
        var request = CourseForm.ToRequest(typing);
        if (typing.Count > 0) return Refusal.Invalid(typing);
        return (await CoursesApi.UpdateAsync(Id, request, db, ct)).Refusal;
    }, "Course saved.", ct);

    /// <summary>
    /// Runs one form's write (the feature's outcome, its refusal or null); on success shows the page afresh with a
    /// notice, else the form as typed with the refusal's messages and its status (400, 404 or 409).
    /// </summary>
    private async Task<IActionResult> WriteAsync(string form, Func<Task<Refusal?>> write, string notice, CancellationToken ct)
    {
        if (!CanWrite) return Forbid();
        var refusal = await write();
        if (refusal?.Status == StatusCodes.Status404NotFound) return NotFound();
        if (!await LoadAsync(ct)) return NotFound();
        if (refusal is null)
        {
            Notice = notice;
            Person = new ParticipantInput();
            Edit = null;
            OutcomeFor = null;
            CourseForm = CourseInput.From(Course);
            return Page();
        }
        Errors.Set(form, refusal);
        Response.StatusCode = refusal.Status;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var course = await CoursesApi.GetAsync(Id, db, ct);
        if (!course.IsOk) return false;
        Course = course.Value!;
        Participants = (await ParticipantsApi.ListAsync(Id, User, db, ct)).Value ?? [];
        if (CanWrite)
            Facilities = (await db.Facilities.AsNoTracking().OrderBy(f => f.Code).Select(f => new { f.Id, f.Code, f.Name }).ToListAsync(ct))
                .Select(f => (f.Id, f.Code, f.Name)).ToList();
        return true;
    }
}
