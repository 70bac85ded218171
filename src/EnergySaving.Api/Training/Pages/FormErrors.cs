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
        // The one page adapter: a refusal without fields (a conflict) comes under DetailKey, shown above the form.
        foreach (var (k, v) in refusal.ToPageErrors(DetailKey))
            if (k == DetailKey && refusal.Errors is null) Message = string.Join(" ", v);
            else Fields[k] = v;
    }

    private const string DetailKey = "";

    public void Set(string form, FieldErrors errors) => Set(form, Refusal.Invalid(errors));

    public bool In(string form) => Form == form;

    public string? For(string form, string field) => Form == form && Fields.TryGetValue(field, out var m) ? string.Join(" ", m) : null;
}
