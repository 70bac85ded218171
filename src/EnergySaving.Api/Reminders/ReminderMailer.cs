using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace EnergySaving.Api.Reminders;

/// <summary>Sends one message over SMTP with MailKit; a new connection per run of the job (reminders are few).</summary>
public sealed class ReminderMailer(IOptions<MailSettings> settings)
{
    public bool Enabled => !string.IsNullOrWhiteSpace(settings.Value.Host);

    public async Task SendAsync(IEnumerable<string> to, string subject, string body, CancellationToken ct)
    {
        var s = settings.Value;
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(s.From));
        foreach (var address in to) message.To.Add(MailboxAddress.Parse(address));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };

        using var client = new SmtpClient();
        var security = !s.UseTls ? SecureSocketOptions.None : s.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
        await client.ConnectAsync(s.Host!, s.Port, security, ct);
        if (!string.IsNullOrEmpty(s.UserName)) await client.AuthenticateAsync(s.UserName, s.Password ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
    }
}
