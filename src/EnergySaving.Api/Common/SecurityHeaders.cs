namespace EnergySaving.Api.Common;

/// <summary>
/// Headers that keep browsers from sniffing, framing or leaking: on every response, errors included.
/// Swagger UI and the Hangfire dashboard write inline scripts and styles, so only their paths get a
/// CSP that allows 'unsafe-inline'; everything else gets the strict one the web pages are built for.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; " +
        "form-action 'self'; base-uri 'self'; object-src 'none'";

    public const string RelaxedContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; " +
        "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    private static readonly string[] InlinePaths = ["/swagger", "/hangfire"];

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        // OnStarting: the headers also reach responses written by the exception handler and status-code pages.
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = InlinePaths.Any(p => http.Request.Path.StartsWithSegments(p))
                ? RelaxedContentSecurityPolicy
                : ContentSecurityPolicy;
            return Task.CompletedTask;
        });
        return next(http);
    });
}
