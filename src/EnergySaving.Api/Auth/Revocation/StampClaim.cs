using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace EnergySaving.Api.Auth.Revocation;

/// <summary>
/// The token carries a digest of the user's security stamp, not the stamp itself (a JWT is readable
/// by whoever holds it). Identity changes the stamp on a password change; the account service also
/// changes it when an account is disabled or its role changes, which ends every token issued before.
/// </summary>
public static class StampClaim
{
    public const string Type = "sst";

    public static string Of(string? securityStamp) =>
        WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.UTF8.GetBytes(securityStamp ?? "")).AsSpan(0, 16));
}
