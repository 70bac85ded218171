using System.Text.RegularExpressions;

namespace EnergySaving.IntegrationTests.Web;

/// <summary>Every text a page asks for by its literal key has a Vietnamese translation (Web/Texts/ui-texts.tsv → Ui.vi.resx).</summary>
public sealed partial class TextsTests
{
    [GeneratedRegex("""L\["((?:[^"\\]|\\.)+)"[\],]""")]
    private static partial Regex LiteralKey();

    [Fact]
    public void Every_literal_text_of_the_pages_is_translated()
    {
        var api = Path.Combine(BrowserFixture.RepoRoot, "src", "EnergySaving.Api");
        var vi = System.Xml.Linq.XDocument.Load(Path.Combine(api, "Web", "Ui.vi.resx")).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);
        var missing = Directory.EnumerateFiles(api, "*.cshtml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .Where(x => !x.Key.EndsWith(':') && !vi.ContainsKey(x.Key))
            .Select(x => $"{x.File}: {x.Key}")
            .Distinct().ToList();
        Assert.True(missing.Count == 0, "Not in ui-texts.tsv: " + string.Join("; ", missing));
        Assert.DoesNotContain(vi, kv => string.IsNullOrWhiteSpace(kv.Value));
    }
}
