using EnergySaving.Api.Common;
using EnergySaving.Api.Common.Messages;

namespace EnergySaving.Api.Training.Pages;

/// <summary>The errors of the one form on a page that was just refused, by field name, rendered in the page's language.</summary>
public sealed class FormErrors
{
    public string? Form { get; private set; }
    public Dictionary<string, string[]> Fields { get; } = new();
    public string? Message { get; private set; }

    /// <summary>The refusal of <paramref name="form"/>: its field errors, or its one message (a conflict).</summary>
    public void Set(string form, Refusal refusal)
    {
        Form = form;
        if (refusal.Errors is { } errors) foreach (var (k, v) in errors.Render()) Fields[k] = v;
        Message = refusal.Detail?.Render();
    }

    public void Set(string form, FieldErrors errors) => Set(form, Refusal.Invalid(errors));

    public bool In(string form) => Form == form;

    public string? For(string form, string field) => Form == form && Fields.TryGetValue(field, out var m) ? string.Join(" ", m) : null;
}
