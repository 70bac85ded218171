using System.Diagnostics;
using EnergySaving.IntegrationTests.Infrastructure;
using EnergySaving.IntegrationTests.Web;

namespace EnergySaving.IntegrationTests.OpenApi;

/// <summary>
/// The OpenAPI document passes an outside linter: Redocly CLI 2.77.0 with its recommended rules gives no error and
/// no warning (servers, licence, a description per tag, a 2xx and a documented 4xx with the problem schema on every
/// operation). The CLI is installed by ./test.sh into .devtools/redocly (npm); without it this test fails saying so.
/// </summary>
public sealed class OpenApiLintTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static string Cli => Path.Combine(BrowserFixture.RepoRoot, ".devtools", "redocly", "node_modules", ".bin", "redocly");

    [Fact]
    public async Task Redocly_recommended_rules_find_no_error_and_no_warning()
    {
        Assert.True(File.Exists(Cli), $"Redocly CLI is missing at {Cli}: run ./test.sh, which installs it (npm install in .devtools/redocly).");
        var json = await api.Anonymous().GetStringAsync("/swagger/v1/swagger.json");
        var dir = Path.Combine(BrowserFixture.RepoRoot, "artifacts", "openapi");
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, "swagger.json");
        await File.WriteAllTextAsync(file, json);

        var start = new ProcessStartInfo(Cli, ["lint", file, "--format=stylish"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dir,
        };
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var lint = Process.Start(start)!;
        var output = lint.StandardOutput.ReadToEndAsync();
        var errors = lint.StandardError.ReadToEndAsync();
        Assert.True(lint.WaitForExit(TimeSpan.FromMinutes(2)), "redocly lint did not finish within 2 minutes");
        var report = await output + await errors;
        // A finding is a line "line:column  warning|error  rule  text"; a clean run ends without "You have N warning(s)".
        var findings = System.Text.RegularExpressions.Regex.Matches(report, @"^\s*\d+:\d+\s+(warning|error)\s", System.Text.RegularExpressions.RegexOptions.Multiline);
        Assert.True(lint.ExitCode == 0 && report.Contains("Woohoo! Your API description is valid.", StringComparison.Ordinal)
                    && findings.Count == 0 && !report.Contains("You have ", StringComparison.Ordinal),
            $"redocly lint {file} (exit {lint.ExitCode}):\n{report}");
    }
}
