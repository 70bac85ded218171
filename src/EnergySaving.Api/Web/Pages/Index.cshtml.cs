
namespace EnergySaving.Api.Web.Pages;

/// <summary>Each role's home: the center's overview of a year, the trainer's courses, the reporter's facilities.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() =>
        User.IsInRole(Roles.Admin) || User.IsInRole(Roles.Analyst) ? LocalRedirect("/overview")
        : User.IsInRole(Roles.Trainer) ? LocalRedirect("/training/courses")
        : LocalRedirect("/facilities");
}
