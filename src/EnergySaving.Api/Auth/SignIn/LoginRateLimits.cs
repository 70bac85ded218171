using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

using EnergySaving.Api.Common;
using EnergySaving.Core.Messages;

namespace EnergySaving.Api.Auth.SignIn;

/// <summary>
/// Sign-in rate limits. Per client address: ASP.NET Core's rate-limiting middleware, policy
/// <see cref="PerAddressPolicy"/> on the login routes (IPv6 clients by /64, since one host holds a
/// whole /64). Per account: <see cref="AccountLimiter"/>, checked by <see cref="SignInService"/> once
/// the body names the email. Both answer 429 with Retry-After.
/// </summary>
public static class LoginRateLimits
{
    public const string PerAddressPolicy = "sign-in-per-address";

    public static IServiceCollection AddLoginRateLimits(this IServiceCollection services)
    {
        services.AddOptions<SignInSettings>().BindConfiguration(SignInSettings.Section)
            .Validate(s => s.IsValid(), "EnergySaving:SignIn permits and windows must be positive.").ValidateOnStart();
        services.AddSingleton<AccountLimiter>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                return new ValueTask(TooMany(context.HttpContext, retryAfter).ExecuteAsync(context.HttpContext));
            };
            o.AddPolicy(PerAddressPolicy, http =>
            {
                // Only attempts count: the web sign-in page shares this policy, and showing its form is not one.
                if (!HttpMethods.IsPost(http.Request.Method)) return RateLimitPartition.GetNoLimiter("show-form");
                var s = http.RequestServices.GetRequiredService<IOptions<SignInSettings>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(AddressKey(http.Connection.RemoteIpAddress), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = s.PerAddressPermits,
                    Window = TimeSpan.FromSeconds(s.PerAddressWindowSeconds),
                    QueueLimit = 0,
                });
            });
        });
        return services;
    }

    public static string AddressKey(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    /// <summary>The one 429 of sign-in (middleware and per-account limit alike): Retry-After in whole seconds, and a problem body.</summary>
    public static ProblemHttpResult TooMany(HttpContext http, TimeSpan retryAfter)
    {
        http.Response.Headers.RetryAfter = Seconds(retryAfter).ToString(CultureInfo.InvariantCulture);
        return Problems.Of(StatusCodes.Status429TooManyRequests, TooManyMessage(retryAfter));
    }

    /// <summary>Whole seconds to wait, at least one: the Retry-After header and the message say the same.</summary>
    public static int Seconds(TimeSpan retryAfter) => Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));

    /// <summary>The refusal of a rate-limited sign-in (API and web form alike).</summary>
    public static Message TooManyMessage(TimeSpan retryAfter) => Message.Of("auth.sign-in.too-many", ("seconds", Seconds(retryAfter)));
}

/// <summary>
/// Sign-in attempts per normalised email, whether or not the account exists (so the limit says
/// nothing about existence). Idle partitions are dropped by the limiter itself.
/// </summary>
public sealed class AccountLimiter(IOptions<SignInSettings> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(email =>
        RateLimitPartition.GetFixedWindowLimiter(email, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.PerAccountPermits,
            Window = TimeSpan.FromSeconds(options.Value.PerAccountWindowSeconds),
            QueueLimit = 0,
        }));

    /// <summary>Null when the attempt may go ahead; otherwise how long to wait.</summary>
    public TimeSpan? TryAttempt(string normalisedEmail)
    {
        using var lease = _limiter.AttemptAcquire(normalisedEmail);
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(options.Value.PerAccountWindowSeconds);
    }

    public void Dispose() => _limiter.Dispose();
}
