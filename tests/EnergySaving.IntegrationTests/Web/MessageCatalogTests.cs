using System.Text;
using EnergySaving.Api.Common.Messages;
using System.Text.RegularExpressions;

namespace EnergySaving.IntegrationTests.Web;

/// <summary>
/// The message catalogue stays whole: every code the source writes (<c>Message.Of("…")</c>) has its sentence in
/// English and in Vietnamese in Web/Texts/messages.tsv, every line there is a code the source writes, both
/// languages have the same holes, and no rule writes an English sentence for a person any more (the rules'
/// string literals ending in '.' are read from the source; what is left must be a page text or not shown).
/// </summary>
public sealed partial class MessageCatalogTests
{
    /// <summary>Where the rules whose messages people see live (pages, layout, demo loading and start-up checks excluded).</summary>
    private static readonly string[] RuleFolders =
    [
        "EnergySaving.Api/AnnualReports", "EnergySaving.Api/Auth/Accounts", "EnergySaving.Api/Auth/SignIn", "EnergySaving.Api/Baselines",
        "EnergySaving.Api/Common", "EnergySaving.Api/Compliance", "EnergySaving.Api/Consumption", "EnergySaving.Api/DataQuality",
        "EnergySaving.Api/Facilities", "EnergySaving.Api/Overview", "EnergySaving.Api/Programme", "EnergySaving.Api/Reporting",
        "EnergySaving.Api/Reminders", "EnergySaving.Api/Reports",
        "EnergySaving.Api/Spreadsheets", "EnergySaving.Api/SupportProjects", "EnergySaving.Api/Training", "EnergySaving.Api/Weather",
        "EnergySaving.Core/Baselines", "EnergySaving.Core/Eligibility", "EnergySaving.Core/Energy", "EnergySaving.Core/KeyFacilities",
    ];

    /// <summary>Sentences in those folders that no person reads as a message: API descriptions and start-up checks of the settings.</summary>
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

    /// <summary>Codes of the catalogue that the source writes other than as a literal <c>Message.Of("…")</c>.</summary>
    private static readonly HashSet<string> WrittenElsewhere = ["text.stored"];

    [GeneratedRegex(@"WithSummary|WithDescription|throw |Exception\(|Log(Information|Warning|Error|Debug)|^\s*//|///")]
    private static partial Regex NotAMessageLine();

    [GeneratedRegex("[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]", RegexOptions.IgnoreCase)]
    private static partial Regex Vietnamese();

    /// <summary>A code as the source writes it: <c>Message.Of("consumption.quantity.negative"</c> or <c>new Message("…"</c>.</summary>
    [GeneratedRegex(@"(?:Message\.Of|new Message)\(\s*""([^""]+)""")]
    private static partial Regex CodeInSource();

    [GeneratedRegex(@"^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$")]
    private static partial Regex DottedCode();

    private static string Texts(string name) => Path.Combine(BrowserFixture.RepoRoot, "src", "EnergySaving.Api", "Web", "Texts", name);

    /// <summary>messages.tsv: code → (English, Vietnamese).</summary>
    internal static Dictionary<string, (string En, string Vi)> Catalogue() =>
        File.ReadLines(Texts("messages.tsv")).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t')).ToDictionary(p => p[0], p => (p[1], p.Length > 2 ? p[2] : ""));

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(BrowserFixture.RepoRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    internal static HashSet<string> CodesInSource() =>
        SourceFiles().SelectMany(f => CodeInSource().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Every_code_the_source_writes_has_a_text_in_every_language_and_every_text_a_code()
    {
        var catalogue = Catalogue();
        var used = CodesInSource();
        Assert.True(used.Count > 150, $"The scan found only {used.Count} codes: is it still reading the source?");
        var problems = new List<string>();
        problems.AddRange(used.Where(c => !DottedCode().IsMatch(c)).Select(c => $"{c}: not a dotted lower-case code"));
        problems.AddRange(used.Where(c => !catalogue.ContainsKey(c)).Select(c => $"{c}: written in the source, not in messages.tsv"));
        problems.AddRange(catalogue.Keys.Where(c => !used.Contains(c) && !WrittenElsewhere.Contains(c)).Select(c => $"{c}: in messages.tsv, written nowhere"));
        problems.AddRange(catalogue.Where(c => string.IsNullOrWhiteSpace(c.Value.En) || string.IsNullOrWhiteSpace(c.Value.Vi))
            .Select(c => $"{c.Key}: a language has no text"));
        Assert.True(problems.Count == 0, string.Join("\n", problems.OrderBy(p => p, StringComparer.Ordinal)));
    }

    [Fact]
    public void Both_languages_of_a_code_have_the_same_holes_and_known_kinds()
    {
        var kinds = File.ReadLines(Texts("ui-texts.tsv")).Select(l => l.Split('\t')[0]).Where(k => k.Contains(':') && !k.Contains(' '))
            .Select(k => k[..k.IndexOf(':')]).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (code, (en, vi)) in Catalogue())
        {
            var enHoles = MessageText.Holes(en).OrderBy(h => h.Name, StringComparer.Ordinal).ToList();
            var viHoles = MessageText.Holes(vi).OrderBy(h => h.Name, StringComparer.Ordinal).ToList();
            if (!enHoles.Select(h => h.Name).ToHashSet().SetEquals(viHoles.Select(h => h.Name)))
                problems.Add($"{code}: holes {string.Join(",", enHoles.Select(h => h.Name))} in English, {string.Join(",", viHoles.Select(h => h.Name))} in Vietnamese");
            foreach (var (name, format) in enHoles.Concat(viHoles))
                if (format is { } f && f.Length > 1 && f.All(ch => ch is (>= 'a' and <= 'z') or '-') && f is not ("date" or "month" or "year") && !kinds.Contains(f))
                    problems.Add($"{code}: {{{name}:{f}}} names no texts '{f}:…' in ui-texts.tsv");
            if (en == vi && Regex.Replace(en, @"\{[^}]*\}", "").Any(char.IsLetter)) problems.Add($"{code}: not translated");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void No_rule_writes_an_English_sentence_for_a_person()
    {
        var src = Path.Combine(BrowserFixture.RepoRoot, "src");
        var ui = File.ReadLines(Texts("ui-texts.tsv")).Select(l => l.Split('\t')[0]).ToHashSet();
        var found = RuleFolders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(src, folder), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Pages{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Where(l => !NotAMessageLine().IsMatch(l)).SelectMany(Literals)
                .Where(IsSentence).Select(t => (File: Path.GetFileName(f), Text: t)))
            .Where(m => !ui.Contains(m.Text) && !NotShown.Contains(m.Text))
            .Select(m => $"{m.File}: {m.Text}").Distinct().ToList();
        Assert.True(found.Count == 0, "Sentences written in code, not as a code of messages.tsv:\n" + string.Join("\n", found));
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
