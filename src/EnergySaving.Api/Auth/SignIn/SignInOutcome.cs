namespace EnergySaving.Api.Auth.SignIn;

/// <summary>What a sign-in attempt came to; independent of HTTP so the API and the web form share it.</summary>
public abstract record SignInOutcome
{
    /// <summary>One message for every refusal (unknown email, wrong password, locked, disabled): it tells an attacker nothing.</summary>
    public const string FailedMessage = "Invalid email or password, or the account is locked after repeated failed sign-ins.";

    public sealed record Succeeded(AppUser User, IReadOnlyList<string> Roles) : SignInOutcome;

    public sealed record Failed : SignInOutcome;

    public sealed record RateLimited(TimeSpan RetryAfter) : SignInOutcome;

    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : SignInOutcome;
}
