using EnergySaving.Api.Auth;
using EnergySaving.Api.Facilities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EnergySaving.Api.Infrastructure;

/// <summary>The service's one database: Identity tables plus the domain tables, snake_case names.</summary>
public sealed class EnergySavingDbContext(DbContextOptions<EnergySavingDbContext> options)
    : IdentityDbContext<AppUser, IdentityRole, string>(options)
{
    public DbSet<Facility> Facilities => Set<Facility>();
    public DbSet<UserFacility> UserFacilities => Set<UserFacility>();
    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(EnergySavingDbContext).Assembly);
    }
}
