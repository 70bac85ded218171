using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

using EnergySaving.Core.Messages;

namespace EnergySaving.Api.Common;

/// <summary>
/// Refuses bodies over the endpoint's limit (1 MiB unless the endpoint says otherwise) with 413
/// before anything reads them. Kestrel enforces the same limit on chunked bodies as they stream.
/// </summary>
public static class RequestSizeGuard
{
    public const long DefaultLimitBytes = 1024 * 1024;

    public static IApplicationBuilder UseRequestSizeGuard(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var limit = http.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? DefaultLimitBytes;
        var feature = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false }) feature.MaxRequestBodySize = limit;
        if (limit is { } max && http.Request.ContentLength > max)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await Problems.Of(StatusCodes.Status413PayloadTooLarge, TooLarge(max)).ExecuteAsync(http);
            return;
        }
        await next(http);
    });

    /// <summary>The refusal of a body over <paramref name="limitBytes"/> (this guard's, and Kestrel's for a chunked body).</summary>
    public static Message TooLarge(long limitBytes) => Message.Of("request.body.too-large", ("max", limitBytes));
}
