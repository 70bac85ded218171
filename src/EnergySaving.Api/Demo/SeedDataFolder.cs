namespace EnergySaving.Api.Demo;

public static class SeedDataFolder
{
    public static string Find(string configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return Directory.Exists(configured) ? configured : throw new DirectoryNotFoundException($"Seed data folder '{configured}' does not exist.");
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seed-data");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException($"No seed-data folder above {contentRoot}; set EnergySaving__Demo__SeedDataPath.");
    }
}
