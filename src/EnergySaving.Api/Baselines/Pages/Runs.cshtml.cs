using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Baselines.Pages;

/// <summary>Start a baseline run over every facility and follow its progress (the page refreshes itself while a run is going).</summary>
[Authorize(Policy = Policies.CenterStaff, AuthenticationSchemes = WebAuth.Scheme)]
public sealed class RunsModel(EnergySavingDbContext db, IServiceProvider services) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Run { get; set; }
    public RunProgress? Current { get; private set; }
    public List<BaselineRun> Recent { get; private set; } = [];
    public string? Error { get; private set; }
    public bool InProgress => Current?.Status is BaselineRun.Queued or BaselineRun.Running;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Run is { } id)
        {
            Current = FeatureAnswer.Of<RunProgress>(await BaselinesApi.GetRun(id, db, ct)).Value;
            if (Current is null) return NotFound();
        }
        Recent = await db.BaselineRuns.AsNoTracking().OrderByDescending(r => r.CreatedAt).Take(10).ToListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var answer = FeatureAnswer.Of<RunStarted>(await BaselinesApi.StartRun(null, User, db, services, ct));
        if (answer.Value is { } started) return LocalRedirect($"/baselines/runs?run={started.RunId}");
        Error = string.Join(" ", answer.PageErrors("run").SelectMany(e => e.Value));
        Response.StatusCode = answer.Status;
        Recent = await db.BaselineRuns.AsNoTracking().OrderByDescending(r => r.CreatedAt).Take(10).ToListAsync(ct);
        return Page();
    }
}
