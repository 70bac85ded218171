using System.Globalization;
using EnergySaving.Api.Common.Messages;

namespace EnergySaving.Api.SupportProjects.Pages;

/// <summary>A support project: money, history, status changes (admin, analyst) and its verified savings month by month.</summary>
[Authorize(Policy = Policies.ConsumptionUsers, AuthenticationSchemes = WebAuth.Scheme)]
public sealed class ProjectModel(SupportProjectService projects, VerifiedSavings savings, TimeProvider clock) : PageModel
{
    public sealed class StatusInput
    {
        public string? Status { get; set; }
        public string? On { get; set; }
        public string? ImplementedFrom { get; set; }
        public string? ImplementedTo { get; set; }
        public string? Note { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public StatusInput Change { get; set; } = new();
    public SupportProjectResponse Project { get; private set; } = null!;
    public ProjectSavingsResponse? Savings { get; private set; }
    public Dictionary<string, string[]> Errors { get; private set; } = new();
    public string? Message { get; private set; }
    public bool CanWrite => User.IsInRole(Roles.Admin) || User.IsInRole(Roles.Analyst);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Change.On = FormValues.Iso(Common.ProvinceClock.Today(clock));
        if (!await LoadAsync(ct)) return NotFound();
        // The form offers the usual next step first; every status stays selectable (the service says which moves are allowed).
        Change.Status = Project.Status switch
        {
            SupportProjectRules.Proposed => SupportProjectRules.Approved,
            SupportProjectRules.Approved => SupportProjectRules.Implemented,
            SupportProjectRules.Implemented => SupportProjectRules.Accepted,
            _ => SupportProjectRules.Settled,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostStatusAsync(CancellationToken ct)
    {
        if (!CanWrite) return Forbid();
        var typing = new FieldErrors();
        var on = FormValues.Date(Change.On, "on", typing);
        var refusal = typing.Count > 0 ? Common.Refusal.Invalid(typing) : null;
        if (refusal is null)
        {
            var outcome = await projects.ChangeStatusAsync(Id, new StatusChangeRequest(Change.Status, on,
                Blank(Change.ImplementedFrom), Blank(Change.ImplementedTo), Blank(Change.Note)), User, ct);
            if (outcome.Refusal?.Status == StatusCodes.Status404NotFound) return NotFound();
            if (outcome.IsOk) return LocalRedirect($"/support-projects/{Id}");
            refusal = outcome.Refusal!;
        }
        Errors = refusal.Errors?.Render() ?? new();
        Message = refusal.Detail?.Render();
        Response.StatusCode = refusal.Status;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var project = await projects.GetAsync(Id, User, ct);
        if (!project.IsOk) return false;
        Project = project.Value!;
        Savings = (await savings.ForProjectAsync(Id, null, User, ct)).Value;
        return true;
    }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var m) ? string.Join(" ", m) : null;
}
