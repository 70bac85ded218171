using Microsoft.AspNetCore.Authentication;

namespace EnergySaving.Api.Auth.Pages;

/// <summary>Sign-out is a POST (with the antiforgery token), so that a link on another site cannot sign anyone out.</summary>
[AllowAnonymous]
public sealed class LogoutModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(WebAuth.Scheme);
        return LocalRedirect("/login");
    }
}
