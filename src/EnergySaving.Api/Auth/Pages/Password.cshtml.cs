using EnergySaving.Api.Common.Messages;
using EnergySaving.Api.Auth.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace EnergySaving.Api.Auth.Pages;

/// <summary>Change one's own password (AccountService, as POST /api/auth/password). The session is renewed with the new stamp.</summary>
public sealed class PasswordModel(AccountService accounts, UserManager<AppUser> users) : PageModel
{
    [BindProperty] public string? CurrentPassword { get; set; }
    [BindProperty] public string? NewPassword { get; set; }
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public string? Message { get; private set; }
    public bool Changed { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var id = User.UserId();
        var result = await accounts.ChangeOwnPasswordAsync(id, CurrentPassword, NewPassword, ct);
        if (result.IsOk && await users.FindByIdAsync(id) is { } user)
        {
            // Every other session and token of this user ends (new stamp); this one goes on.
            await HttpContext.SignInAsync(WebAuth.Scheme, WebAuth.PrincipalFor(user, await users.GetRolesAsync(user)));
            Changed = true;
            return Page();
        }
        // In the page's language, from the codes; "the account no longer exists" has no field and is shown above the form.
        if (result.Refusal!.Errors is null) Message = result.Refusal.Detail!.Render();
        else Errors = result.Refusal.ToPageErrors("form");
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var m) ? string.Join(" ", m) : null;
}
