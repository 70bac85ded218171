namespace EnergySaving.Api.Auth;

public static class Roles
{
    public const string Admin = "admin";
    public const string Analyst = "analyst";
    public const string Trainer = "trainer";
    public const string Reporter = "reporter";

    public static readonly IReadOnlyList<string> All = [Admin, Analyst, Trainer, Reporter];
}

/// <summary>Authorization policies named after what they allow (see API.md's role table).</summary>
public static class Policies
{
    public const string Admin = "admin";
    public const string CenterStaff = "center-staff";          // admin, analyst
    public const string FacilityReaders = "facility-readers";  // everyone signed in; reporters own only
    public const string ConsumptionUsers = "consumption-users"; // admin, analyst, reporter (own only)
    public const string TrainingWriters = "training-writers";  // admin, trainer
    public const string TrainingReaders = "training-readers";  // admin, trainer, analyst
    public const string ProgrammeUsers = "programme-users";    // admin, analyst, trainer: programme events
}
