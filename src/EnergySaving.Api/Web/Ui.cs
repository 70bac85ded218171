namespace EnergySaving.Api.Web;

/// <summary>
/// The web application's texts: Ui.resx (English, the keys) and Ui.vi.resx (Vietnamese). Pages take
/// them through IStringLocalizer&lt;Ui&gt; (<c>@L["…"]</c>); a unit test checks that every key a page
/// uses is in both files.
/// </summary>
public sealed class Ui;
