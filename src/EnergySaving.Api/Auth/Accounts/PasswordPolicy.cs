using EnergySaving.Core.Messages;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EnergySaving.Api.Auth.Accounts;

/// <summary>EnergySaving:PasswordPolicy. The length is the only knob; the other rules are fixed.</summary>
public sealed class PasswordPolicySettings
{
    public const string Section = "EnergySaving:PasswordPolicy";

    public int MinLength { get; set; } = 12;

    public const int MaxLength = 256;
}

/// <summary>
/// The password policy of every account the service creates or changes (API, admin pages, demo
/// and first admin alike, since all go through Identity's validators): long enough, not built on
/// the email's local part, not one of the passwords every guesser tries first. Error codes start
/// with "Password", which the account service reports under the field <c>password</c>.
/// </summary>
public sealed class PasswordPolicy(IOptions<PasswordPolicySettings> options) : IPasswordValidator<AppUser>
{
    /// <summary>Lower-case; compared case-insensitively. Only entries of at least 12 characters matter.</summary>
    public static readonly IReadOnlySet<string> Common = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "123456789012", "1234567890123", "12345678901234", "123123123123", "111111111111", "000000000000",
        "password1234", "password12345", "password123!", "password2024", "password2025", "password2026",
        "passw0rd1234", "p@ssw0rd1234", "p@ssword1234", "qwertyuiop12", "qwerty123456", "qwertyuiop123",
        "1q2w3e4r5t6y", "1qaz2wsx3edc", "abc123456789", "abcdefghijkl", "iloveyou1234", "welcome12345",
        "administrator", "admin1234567", "admin@123456", "letmein12345", "changeme1234", "matkhau12345",
        "matkhau123456", "matkhau@1234", "123456789abc", "zxcvbnm12345", "asdfghjkl123", "trustno11234",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        var min = options.Value.MinLength;
        var errors = new List<IdentityError>();
        password ??= "";
        if (password.Length < min)
            errors.Add(Error("PasswordTooShort"));
        else if (password.Length > PasswordPolicySettings.MaxLength)
            errors.Add(Error("PasswordTooLong"));
        var localPart = user.Email?.Split('@')[0].Trim() ?? "";
        if (localPart.Length >= 3 && password.Contains(localPart, StringComparison.OrdinalIgnoreCase))
            errors.Add(Error("PasswordContainsEmail"));
        if (Common.Contains(password.Trim()))
            errors.Add(Error("PasswordTooCommon"));
        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    /// <summary>Identity carries only an error's code: the text a person reads is <see cref="MessageOf"/>'s, in their language.</summary>
    private static IdentityError Error(string code) => new() { Code = code, Description = code };

    /// <summary>The coded message of an Identity error (this policy's, or Identity's own checks of the email).</summary>
    public static Message MessageOf(IdentityError error, PasswordPolicySettings settings) => error.Code switch
    {
        "PasswordTooShort" => Message.Of("account.password.too-short", ("min", settings.MinLength)),
        "PasswordTooLong" => Message.Of("account.password.too-long", ("max", PasswordPolicySettings.MaxLength)),
        "PasswordContainsEmail" => Message.Of("account.password.contains-email"),
        "PasswordTooCommon" => Message.Of("account.password.too-common"),
        "InvalidEmail" or "InvalidUserName" => Message.Of("account.email.invalid"),
        _ => Message.Of("account.refused", ("reason", error.Code)),
    };
}
