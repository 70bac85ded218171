using EnergySaving.Api.Demo;
using EnergySaving.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EnergySaving.IntegrationTests.Web;

/// <summary>
/// The real application on Kestrel (a real port) over its own PostgreSQL database with the demo data
/// and Hangfire on, and Debian's Chromium driven by Playwright. Without Chromium the tests fail and
/// say what to install; they never skip.
/// </summary>
public sealed class BrowserFixture : ApiFixture
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public BrowserFixture() => UseKestrel(0);

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("EnergySaving:Demo:Load", "true"),
        new("EnergySaving:Demo:SeedDataPath", Path.Combine(RepoRoot, "seed-data")),
        new("EnergySaving:Jobs:Enabled", "true"),
        new("EnergySaving:Jobs:RunServer", "true"),
        new("EnergySaving:Jobs:WorkerCount", "2"),
        new("EnergySaving:Jobs:QueuePollIntervalSeconds", "0.2"),
        new("EnergySaving:Jobs:NightlyCron", ""),
    ];

    protected override void StartHost()
    {
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Browser tests need Chromium at {ChromiumPath}: apt-get install chromium (.ci/run installs it).");
        _playwright = Playwright.CreateAsync().GetAwaiter().GetResult();
        Browser = _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Args = ["--no-sandbox"] }).GetAwaiter().GetResult();
    }

    protected override async Task ReleaseAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }

    /// <summary>A fresh browser context (no cookies), optionally in a language.</summary>
    public async Task<IPage> NewPageAsync(string? locale = null)
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseUrl, Locale = locale ?? "vi-VN", ViewportSize = new() { Width = 1200, Height = 900 } });
        return await context.NewPageAsync();
    }

    public async Task<IPage> SignedInAsync(string email, string password = DemoSettings.Password)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("[name=email]", email);
        await page.FillAsync("[name=password]", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        return page;
    }

    /// <summary>Saves what the page shows under artifacts/screenshots/, for a person to look at.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(RepoRoot, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    /// <summary>Runs axe-core in the page and returns its serious and critical violations (id: help).</summary>
    public static async Task<IReadOnlyList<string>> AccessibilityProblemsAsync(IPage page)
    {
        // Evaluated through the DevTools protocol rather than as a <script> tag, so the page's
        // Content-Security-Policy (no inline scripts) stays in force during the check.
        await page.EvaluateAsync(AxeSource.Value);
        var found = await page.EvaluateAsync<string[]>("""
            async () => {
              const r = await axe.run(document, { resultTypes: ['violations'] });
              return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ': ' + v.help + ' (' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ') + ')');
            }
            """);
        return found;
    }

    private static readonly Lazy<string> AxeSource = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Web", "assets", "axe.min.js")));

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EnergySaving.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("EnergySaving.sln not found above the test output.");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
