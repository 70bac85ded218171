using System.Text.Json.Serialization;

namespace EnergySaving.Api.Common;

/// <summary>
/// One bad row of an upload (consumption import, temperatures), the one shape of row errors: row 1 is the CSV
/// header (JSON rows are 1-based array indexes); Column null when the whole row (or body) is at fault.
/// As JSON <c>{ row, column, message, code, args }</c>: the message rendered in the request's (or page's) language.
/// </summary>
public sealed record RowError(int? Row, string? Column, [property: JsonIgnore] Core.Messages.Message Error)
{
    public string Message => Messages.MessageText.Render(Error);

    public string Code => Error.Code;

    public Dictionary<string, object?>? Args => MessageArgs.Of(Error);
}

/// <summary>The <c>args</c> member of a DTO that carries a message beside its rendered text (null, left out, when there are none).</summary>
public static class MessageArgs
{
    public static Dictionary<string, object?>? Of(Core.Messages.Message message) =>
        message.Args.Count == 0 ? null : message.Args.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
}
