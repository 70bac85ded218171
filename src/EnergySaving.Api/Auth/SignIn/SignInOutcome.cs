using EnergySaving.Api.Common.Messages;
using EnergySaving.Core.Messages;

namespace EnergySaving.Api.Auth.SignIn;

/// <summary>What a sign-in attempt came to; independent of HTTP so the API and the web form share it.</summary>
public abstract record SignInOutcome
{
    /// <summary>One message for every refusal (unknown email, wrong password, locked, disabled): it tells an attacker nothing.</summary>
    public static readonly Message FailedMessage = Message.Of("auth.sign-in.failed");

    public sealed record Succeeded(AppUser User, IReadOnlyList<string> Roles) : SignInOutcome;

    public sealed record Failed : SignInOutcome;

    public sealed record RateLimited(TimeSpan RetryAfter) : SignInOutcome;

    public sealed record Invalid(FieldErrors Errors) : SignInOutcome;
}
