namespace EnergySaving.Api.Demo;

public sealed class DemoSettings
{
    /// <summary>Load the demo data of seed-data/ at start-up (idempotent) and create the demo accounts.</summary>
    public bool Load { get; set; }

    /// <summary>Folder holding the seed data; found by walking up from the content root when empty.</summary>
    public string SeedDataPath { get; set; } = "";

    public const string Password = "TietKiem!2026";

    /// <summary>The demo password before the password policy (too short): demo databases made then are moved to <see cref="Password"/>.</summary>
    public const string RetiredPassword = "Demo!2026";
    public const string AnalystEmail = "analyst@energysaving.example";
    public const string TrainerEmail = "trainer@energysaving.example";
    public const string ReporterEmail = "reporter@energysaving.example";
}
