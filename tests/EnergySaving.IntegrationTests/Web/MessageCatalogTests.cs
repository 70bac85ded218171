using System.Text;
using System.Text.RegularExpressions;

namespace EnergySaving.IntegrationTests.Web;

/// <summary>
/// Every message the feature rules write has a template and a Vietnamese translation in Web/Texts/messages.tsv,
/// so a rule's new or changed message cannot reach a Vietnamese page in English unnoticed. The rules' string
/// literals (a sentence ending in '.') are read from the source, their holes written {0}, {1}…
/// </summary>
public sealed partial class MessageCatalogTests
{
    /// <summary>Where the rules whose messages people see live (pages, layout, demo loading and start-up checks excluded).</summary>
    private static readonly string[] RuleFolders =
    [
        "EnergySaving.Api/AnnualReports", "EnergySaving.Api/Auth/Accounts", "EnergySaving.Api/Auth/SignIn", "EnergySaving.Api/Baselines",
        "EnergySaving.Api/Common", "EnergySaving.Api/Compliance", "EnergySaving.Api/Consumption", "EnergySaving.Api/DataQuality",
        "EnergySaving.Api/Facilities", "EnergySaving.Api/Overview", "EnergySaving.Api/Programme", "EnergySaving.Api/Reporting",
        "EnergySaving.Api/Spreadsheets", "EnergySaving.Api/SupportProjects", "EnergySaving.Api/Training", "EnergySaving.Api/Weather",
        "EnergySaving.Core/Baselines", "EnergySaving.Core/Eligibility", "EnergySaving.Core/Energy", "EnergySaving.Core/KeyFacilities",
    ];

    /// <summary>Sentences in those folders that no page shows: API descriptions and start-up checks of the settings.</summary>
    private static readonly HashSet<string> NotShown =
    [
        "A certificate counts when valid on 'on': by default 31 December of the year, or today for the current year.",
        "Any bad row gives 400 { errors: [{ row, column, message }] } and nothing is written.",
        "One entry per person (the certificate valid longest).",
        "EnergySaving:SignIn permits and windows must be positive.",
        "EnergySaving:Mail: Port 1-65535, From an e-mail address, LinkBaseUrl an absolute http(s) URL.",
        "EnergySaving:Reporting: MonthlyDueDay 1-28, AnnualDeadline \"MM-dd\", ReviewWorkingDays 1-60, AnnualReminderDaysBefore 0-60, MonthlyReminderLookbackDays 1-366.",
        "{0}: KeyFacilityToe, KeyBuildingToe and CandidateMaxToe must be > 0 and MinPeers ≥ 1.",
    ];

    [GeneratedRegex(@"WithSummary|WithDescription|throw |Exception\(|Log(Information|Warning|Error|Debug)|^\s*//")]
    private static partial Regex NotAMessageLine();

    [GeneratedRegex("[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]", RegexOptions.IgnoreCase)]
    private static partial Regex Vietnamese();

    [GeneratedRegex(@"\{(\d+)(?::([a-z-]+))?\}")]
    private static partial Regex Hole();

    private static Dictionary<string, string> Catalog()
    {
        var path = Path.Combine(BrowserFixture.RepoRoot, "src", "EnergySaving.Api", "Web", "Texts", "messages.tsv");
        return File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t')).ToDictionary(p => p[0], p => p[1]);
    }

    [Fact]
    public void Every_message_of_the_rules_has_a_Vietnamese_template()
    {
        var src = Path.Combine(BrowserFixture.RepoRoot, "src");
        var catalog = Catalog();
        var ui = File.ReadLines(Path.Combine(src, "EnergySaving.Api", "Web", "Texts", "ui-texts.tsv")).Select(l => l.Split('\t')[0]).ToHashSet();
        var found = RuleFolders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(src, folder), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Pages{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Where(l => !NotAMessageLine().IsMatch(l)).SelectMany(Literals)
                .Where(IsSentence).Select(t => (File: Path.GetFileName(f), Text: t)))
            .ToList();
        Assert.True(found.Count > 150, $"The scan found only {found.Count} messages: is it still reading the rules?");
        var missing = found.Where(m => !catalog.ContainsKey(m.Text) && !ui.Contains(m.Text) && !NotShown.Contains(m.Text))
            .Select(m => $"{m.File}: {m.Text}").Distinct().ToList();
        Assert.True(missing.Count == 0, "Not in Web/Texts/messages.tsv:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Each_translation_uses_only_the_holes_of_its_template_and_known_words()
    {
        var keys = File.ReadLines(Path.Combine(BrowserFixture.RepoRoot, "src", "EnergySaving.Api", "Web", "Texts", "ui-texts.tsv"))
            .Select(l => l.Split('\t')[0]).ToList();
        var problems = new List<string>();
        foreach (var (english, vietnamese) in Catalog())
        {
            var holes = Hole().Matches(english).Count;
            foreach (Match h in Hole().Matches(vietnamese))
            {
                if (int.Parse(h.Groups[1].Value) >= holes) problems.Add($"{english}: {h.Value} is not a hole of the template");
                if (h.Groups[2].Success && !keys.Any(k => k.StartsWith(h.Groups[2].Value + ":", StringComparison.Ordinal)))
                    problems.Add($"{english}: no texts '{h.Groups[2].Value}:…'");
            }
            if (string.IsNullOrWhiteSpace(vietnamese) || vietnamese == english) problems.Add($"{english}: not translated");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static bool IsSentence(string t) =>
        t.Contains(' ') && t.EndsWith('.') && (char.IsUpper(t[0]) || t[0] is '\'' or '{') && !Vietnamese().IsMatch(t);

    /// <summary>The string literals of one line of C#, an interpolated string's holes written {0}, {1}… in order.</summary>
    private static IEnumerable<string> Literals(string line)
    {
        var i = 0;
        while (i < line.Length)
        {
            bool interpolated;
            if (line[i] == '$' && i + 1 < line.Length && line[i + 1] == '"') { interpolated = true; i += 2; }
            else if (line[i] == '"') { interpolated = false; i++; }
            else if (line[i] == '\'') { var close = line.IndexOf('\'', i + (i + 1 < line.Length && line[i + 1] == '\\' ? 3 : 2)); i = close < 0 ? line.Length : close + 1; continue; }
            else { i++; continue; }
            var text = new StringBuilder();
            var holes = 0;
            while (i < line.Length)
            {
                var c = line[i];
                if (c == '\\') { text.Append(i + 1 < line.Length && line[i + 1] == '"' ? "\"" : line.Substring(i, Math.Min(2, line.Length - i))); i += 2; continue; }
                if (c == '"') { i++; break; }
                if (interpolated && c == '{')
                {
                    if (i + 1 < line.Length && line[i + 1] == '{') { text.Append('{'); i += 2; continue; }
                    i = SkipHole(line, i + 1);
                    text.Append('{').Append(holes++).Append('}');
                    continue;
                }
                if (interpolated && c == '}' && i + 1 < line.Length && line[i + 1] == '}') { text.Append('}'); i += 2; continue; }
                text.Append(c);
                i++;
            }
            yield return text.ToString();
        }
    }

    /// <summary>The index after an interpolation hole's closing brace (nested braces and strings skipped).</summary>
    private static int SkipHole(string line, int i)
    {
        for (var depth = 1; i < line.Length && depth > 0; i++)
        {
            if (line[i] == '"')
            {
                for (i++; i < line.Length && line[i] != '"'; i++) if (line[i] == '\\') i++;
                continue;
            }
            if (line[i] == '{') depth++;
            else if (line[i] == '}') depth--;
        }
        return i;
    }
}
