namespace EnergySaving.Api.Training;

public enum CourseKind
{
    EnergyManager,
    EnergyAuditor,
    Awareness,
    Other,
}

/// <summary>The API spells course kinds in kebab case ("energy-manager"…).</summary>
public static class CourseKinds
{
    private static readonly Dictionary<CourseKind, string> Names = new()
    {
        [CourseKind.EnergyManager] = "energy-manager",
        [CourseKind.EnergyAuditor] = "energy-auditor",
        [CourseKind.Awareness] = "awareness",
        [CourseKind.Other] = "other",
    };

    public static readonly IReadOnlyList<string> All = Enum.GetValues<CourseKind>().Select(ToApi).ToArray();

    public static string ToApi(this CourseKind kind) => Names[kind];

    public static bool TryParse(string? value, out CourseKind kind)
    {
        foreach (var (k, name) in Names)
        {
            if (name != value) continue;
            kind = k;
            return true;
        }
        kind = default;
        return false;
    }
}
