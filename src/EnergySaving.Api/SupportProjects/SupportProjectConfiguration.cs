using EnergySaving.Api.Facilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnergySaving.Api.SupportProjects;

internal sealed class SupportProjectConfiguration : IEntityTypeConfiguration<SupportProject>
{
    public void Configure(EntityTypeBuilder<SupportProject> b)
    {
        b.ToTable("support_projects", t =>
        {
            t.HasCheckConstraint("ck_support_projects_money", "support_vnd >= 0 AND support_vnd <= total_cost_vnd");
            t.HasCheckConstraint("ck_support_projects_works", "implemented_to IS NULL OR implemented_to >= implemented_from");
        });
        b.HasKey(p => p.Id);
        b.HasOne<Facility>().WithMany().HasForeignKey(p => p.FacilityId).OnDelete(DeleteBehavior.Restrict);
        b.Property(p => p.Kind).HasMaxLength(32).IsRequired();
        b.Property(p => p.FundingSource).HasMaxLength(16).IsRequired();
        b.Property(p => p.Status).HasMaxLength(16).IsRequired();
        b.Property(p => p.Title).HasMaxLength(SupportProjectRules.TitleMaxLength).IsRequired();
        b.Property(p => p.Description).HasMaxLength(SupportProjectRules.DescriptionMaxLength);
        b.HasMany(p => p.History).WithOne().HasForeignKey(h => h.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => new { p.Year, p.FacilityId });
        b.HasIndex(p => p.FacilityId);
    }
}

internal sealed class SupportProjectChangeConfiguration : IEntityTypeConfiguration<SupportProjectChange>
{
    public void Configure(EntityTypeBuilder<SupportProjectChange> b)
    {
        b.ToTable("support_project_history");
        b.HasKey(h => h.Id);
        b.Property(h => h.Action).HasMaxLength(16).IsRequired();
        b.Property(h => h.Status).HasMaxLength(16).IsRequired();
        b.Property(h => h.By).HasMaxLength(256).IsRequired();
        b.Property(h => h.Note).HasMaxLength(SupportProjectRules.NoteMaxLength);
        b.HasIndex(h => h.ProjectId);
    }
}

internal sealed class SupportCapConfiguration : IEntityTypeConfiguration<SupportCap>
{
    public void Configure(EntityTypeBuilder<SupportCap> b)
    {
        b.ToTable("support_caps", t => t.HasCheckConstraint("ck_support_caps_values", "max_share > 0 AND max_share <= 1 AND max_vnd >= 0"));
        b.HasKey(c => c.Id);
        b.Property(c => c.Kind).HasMaxLength(32).IsRequired();
        b.Property(c => c.MaxShare).HasPrecision(5, 4);
        b.Property(c => c.Source).HasMaxLength(SupportProjectRules.SourceMaxLength).IsRequired();
        b.HasIndex(c => new { c.Kind, c.ValidFrom }).IsUnique();
    }
}
