using EnergySaving.Api.Auth;
using EnergySaving.Api.Baselines;
using EnergySaving.Api.Consumption;
using EnergySaving.Api.EnergyCarriers;
using EnergySaving.Api.Facilities;
using EnergySaving.Api.Weather;
using EnergySaving.Api.Training;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Infrastructure;

/// <summary>The service's one database: Identity tables plus the domain tables, snake_case names.</summary>
public sealed class EnergySavingDbContext(DbContextOptions<EnergySavingDbContext> options)
    : IdentityDbContext<AppUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<Facility> Facilities => Set<Facility>();
    public DbSet<UserFacility> UserFacilities => Set<UserFacility>();
    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();
    public DbSet<EnergyCarrierFactor> EnergyCarrierFactors => Set<EnergyCarrierFactor>();
    public DbSet<ConsumptionMonth> ConsumptionMonths => Set<ConsumptionMonth>();
    public DbSet<ConsumptionRevision> ConsumptionRevisions => Set<ConsumptionRevision>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<WeatherStation> WeatherStations => Set<WeatherStation>();
    public DbSet<DailyTemperature> DailyTemperatures => Set<DailyTemperature>();
    public DbSet<Course> Courses => Set<Course>();
    public DbSet<Participant> Participants => Set<Participant>();
    public DbSet<BaselineRun> BaselineRuns => Set<BaselineRun>();
    public DbSet<BaselineRunBatch> BaselineRunBatches => Set<BaselineRunBatch>();
    public DbSet<BaselineRunError> BaselineRunErrors => Set<BaselineRunError>();
    public DbSet<BaselinePeriodSetting> BaselinePeriods => Set<BaselinePeriodSetting>();
    public DbSet<FacilityBaseline> FacilityBaselines => Set<FacilityBaseline>();
    public DbSet<AnnualFlag> AnnualFlags => Set<AnnualFlag>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AppUser>().ToTable("users");
        builder.Entity<IdentityRole>().ToTable("roles");
        builder.Entity<IdentityUserRole<string>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<string>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("role_claims");
        builder.ApplyConfigurationsFromAssembly(typeof(EnergySavingDbContext).Assembly);
    }
}
