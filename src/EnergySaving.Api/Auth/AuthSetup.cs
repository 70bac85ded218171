using EnergySaving.Api.Infrastructure;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace EnergySaving.Api.Auth;

public static class AuthSetup
{
    public static IServiceCollection AddEnergySavingAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<JwtOptions>(configuration.GetSection("EnergySaving:Jwt"));
        services.Configure<AdminSettings>(configuration.GetSection("EnergySaving:Admin"));
        var lockout = configuration.GetSection("EnergySaving:Lockout").Get<LockoutSettings>() ?? new LockoutSettings();

        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = true;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = lockout.MaxFailedAttempts;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(lockout.Minutes);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<EnergySavingDbContext>();

        services.AddSingleton<SigningKeyStore>();
        services.AddSingleton<TokenIssuer>();
        services.TryAddSingletonTimeProvider();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<SigningKeyStore, IOptions<JwtOptions>>((bearer, keys, jwt) =>
            {
                bearer.MapInboundClaims = false;
                bearer.Events = new JwtBearerEvents { OnMessageReceived = Jobs.DashboardToken.FromQueryOrCookie };
                bearer.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = jwt.Value.Issuer,
                    ValidAudience = jwt.Value.Audience,
                    IssuerSigningKeyResolver = (_, _, _, _) => [keys.Key],
                    NameClaimType = AuthClaims.Email,
                    RoleClaimType = AuthClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.CenterStaff, p => p.RequireRole(Roles.Admin, Roles.Analyst))
            .AddPolicy(Policies.FacilityReaders, p => p.RequireRole(Roles.All))
            .AddPolicy(Policies.ConsumptionUsers, p => p.RequireRole(Roles.Admin, Roles.Analyst, Roles.Reporter))
            .AddPolicy(Policies.TrainingWriters, p => p.RequireRole(Roles.Admin, Roles.Trainer))
            .AddPolicy(Policies.TrainingReaders, p => p.RequireRole(Roles.Admin, Roles.Trainer, Roles.Analyst));
        return services;
    }

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider)))
            services.AddSingleton(TimeProvider.System);
    }
}
