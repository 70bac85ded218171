namespace EnergySaving.Api.Reminders;

/// <summary>SMTP for reminders (EnergySaving:Mail). Without a Host reminders are recorded, not sent.</summary>
public sealed class MailSettings
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string From { get; set; } = "EnergySaving <no-reply@energysaving.example>";
    public string? UserName { get; set; }
    public string? Password { get; set; }
    /// <summary>Require TLS: implicit TLS on port 465, STARTTLS otherwise. False: plain SMTP (a relay on the same network).</summary>
    public bool UseTls { get; set; }
    /// <summary>Where the web application is, for the link in each reminder.</summary>
    public string LinkBaseUrl { get; set; } = "http://127.0.0.1:5080";

    public bool IsValid() =>
        Port is > 0 and < 65536 && MimeKit.MailboxAddress.TryParse(From, out _)
        && Uri.TryCreate(LinkBaseUrl, UriKind.Absolute, out var link) && link.Scheme is "http" or "https";
}
