namespace EnergySaving.Api.Training.Pages;

/// <summary>The errors of the one form on a page that was just refused, by field name.</summary>
public sealed class FormErrors
{
    public string? Form { get; private set; }
    public Dictionary<string, string[]> Fields { get; } = new();
    public string? Message { get; private set; }

    public void Set(string form, IReadOnlyDictionary<string, string[]> fields, string? message)
    {
        Form = form;
        foreach (var (k, v) in fields) Fields[k] = v;
        Message = message;
    }

    public bool In(string form) => Form == form;

    public string? For(string form, string field) => Form == form && Fields.TryGetValue(field, out var m) ? string.Join(" ", m) : null;
}
