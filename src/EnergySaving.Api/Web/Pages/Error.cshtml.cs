
namespace EnergySaving.Api.Web.Pages;

/// <summary>The page shown for an error status of a page request (re-executed by UseStatusCodePagesWithReExecute).</summary>
[AllowAnonymous]
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }
    public string Title { get; private set; } = "";
    public string Message { get; private set; } = "";

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        Code = code;
        (Title, Message) = code switch
        {
            403 => ("Not allowed", "Your role may not open this page."),
            404 => ("Not found", "This page does not exist, or it is not yours to see."),
            429 => ("Too many requests", "Wait a minute and try again."),
            503 => ("Service unavailable", "The database is not reachable right now; try again in a minute."),
            _ => ("Something went wrong", "The request could not be completed."),
        };
        // Re-executed requests keep the original status code; a direct visit answers 200.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null) Response.StatusCode = 200;
    }
}
