using EnergySaving.Api.Common.Messages;
using EnergySaving.Api.Auth.SignIn;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Authentication;

namespace EnergySaving.Api.Auth.Pages;

[AllowAnonymous]
[EnableRateLimiting(LoginRateLimits.PerAddressPolicy)]
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
        switch (outcome)
        {
            case SignInOutcome.Succeeded ok:
                await HttpContext.SignInAsync(WebAuth.Scheme, WebAuth.PrincipalFor(ok.User, ok.Roles));
                return LocalRedirect(SafeReturn);
            case SignInOutcome.RateLimited limited:
                Error = LoginRateLimits.TooManyMessage(limited.RetryAfter).Render();
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                Response.Headers.RetryAfter = LoginRateLimits.Seconds(limited.RetryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Page();
            default:
                Error = SignInOutcome.FailedMessage.Render(); // one answer for every refusal, as the API's
                Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Page();
        }
    }

    private string SafeReturn => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}
