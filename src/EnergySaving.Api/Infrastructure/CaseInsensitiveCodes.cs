namespace EnergySaving.Api.Infrastructure;

/// <summary>
/// Facility and station codes are unique whatever their case: "HN-01" and "hn-01" would be the same facility to
/// every person and every CSV, so the database refuses the second (the APIs answer 409). Raw SQL because EF Core
/// cannot declare an expression index; called from the migration.
/// </summary>
public static class CaseInsensitiveCodes
{
    public const string CreateIndexes = """
        CREATE UNIQUE INDEX ux_facilities_code_ci ON facilities (lower(code));
        CREATE UNIQUE INDEX ux_weather_stations_code_ci ON weather_stations (lower(code));
        """;

    public const string DropIndexes = """
        DROP INDEX IF EXISTS ux_facilities_code_ci;
        DROP INDEX IF EXISTS ux_weather_stations_code_ci;
        """;
}
