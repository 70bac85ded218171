namespace EnergySaving.Api.Web;

/// <summary>A labelled &lt;select&gt; of codes shown with their translated names (Web/Layout/_Choice.cshtml draws it).</summary>
public sealed record Choice(string Form, string Name, string Label, IReadOnlyList<string> Codes, string? Value, string? Error, string TextPrefix, bool Required = true)
{
    public string Id => $"{Form}-{Name}";
}
