using EnergySaving.Api.Auth.Accounts;
using EnergySaving.Api.Auth.Revocation;
using EnergySaving.Api.Auth.SignIn;
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
        services.AddOptions<JwtOptions>().BindConfiguration("EnergySaving:Jwt")
            .Validate(o => o.StampCacheSeconds is >= 0 and <= 60, "EnergySaving:Jwt:StampCacheSeconds must be 0–60.").ValidateOnStart();
        services.Configure<AdminSettings>(configuration.GetSection("EnergySaving:Admin"));
        var lockout = configuration.GetSection("EnergySaving:Lockout").Get<LockoutSettings>() ?? new LockoutSettings();

        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // The policy itself is PasswordPolicy (length, email, common passwords); Identity's own rules stay off.
                o.Password.RequiredLength = 1;
                o.Password.RequiredUniqueChars = 1;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = lockout.MaxFailedAttempts;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(lockout.Minutes);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<EnergySavingDbContext>()
            .AddPasswordValidator<PasswordPolicy>();
        services.AddOptions<PasswordPolicySettings>().BindConfiguration(PasswordPolicySettings.Section)
            .Validate(s => s.MinLength is >= 12 and <= 128, "EnergySaving:PasswordPolicy:MinLength must be 12–128.").ValidateOnStart();
        services.AddScoped<SignInService>();
        services.AddScoped<AccountService>();
        services.AddSingleton<SecurityStampCache>();
        services.AddLoginRateLimits();

        services.AddSingleton<SigningKeyStore>();
        services.AddSingleton<TokenIssuer>();
        services.TryAddSingletonTimeProvider();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<SigningKeyStore, IOptions<JwtOptions>>((bearer, keys, jwt) =>
            {
                bearer.MapInboundClaims = false;
                bearer.Events = new JwtBearerEvents
                {
                    OnTokenValidated = TokenRevocation.CheckAsync,
                };
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
            .AddPolicy(Policies.TrainingReaders, p => p.RequireRole(Roles.Admin, Roles.Trainer, Roles.Analyst))
            .AddPolicy(Policies.ProgrammeUsers, p => p.RequireRole(Roles.Admin, Roles.Analyst, Roles.Trainer));
        return services;
    }

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider)))
            services.AddSingleton(TimeProvider.System);
    }
}
