using EnergySaving.Api.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EnergySaving.Api.Auth.Pages;

[AllowAnonymous]
public sealed class LoginModel(SignInService signIn) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    public string? Error { get; private set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturn) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await signIn.SignInAsync(Email, Password, HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        if (outcome.User is not { } user)
        {
            Error = outcome.RetryAfter is not null ? "Too many sign-in attempts; wait a minute and try again." : "Invalid email or password.";
            Response.StatusCode = outcome.RetryAfter is not null ? StatusCodes.Status429TooManyRequests : StatusCodes.Status401Unauthorized;
            if (outcome.RetryAfter is { } wait) Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Page();
        }
        await HttpContext.SignInAsync(WebAuth.Scheme, WebAuth.PrincipalFor(user, outcome.Roles));
        return LocalRedirect(SafeReturn);
    }

    private string SafeReturn => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}
