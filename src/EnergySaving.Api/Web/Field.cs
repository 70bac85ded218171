namespace EnergySaving.Api.Web;

/// <summary>One labelled input of a form, with its error beside it (Web/Layout/_Field.cshtml draws it).</summary>
public sealed record Field(string Form, string Name, string Label, string? Value, string? Error, string Type = "text", bool Required = false)
{
    public string Id => $"{Form}-{Name}".Replace('.', '-').Replace('[', '-').Replace("]", "");
}
