namespace EnergySaving.Api.Common;

/// <summary>
/// How an error message quotes what a client sent: at most <see cref="MaxQuoted"/> characters, so a
/// 5 MB field gives a short message and an error list stays small whatever the input.
/// </summary>
public static class ClientText
{
    public const int MaxQuoted = 100;

    public static string Excerpt(string? value) =>
        value is null ? "" : value.Length <= MaxQuoted ? value : string.Concat(value.AsSpan(0, MaxQuoted), "…");

    public static string Excerpt(ReadOnlySpan<char> value) =>
        value.Length <= MaxQuoted ? value.ToString() : string.Concat(value[..MaxQuoted], "…");
}
