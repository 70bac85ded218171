using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EnergySaving.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class SecondRelease : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_training_participants_course_id_facility_id_normalized_name",
                table: "training_participants");

            migrationBuilder.AddColumn<bool>(
                name: "withdrawn",
                table: "training_participants",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "withdrawn_at",
                table: "training_participants",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "withdrawn_by",
                table: "training_participants",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "production_unit",
                table: "facilities",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.CreateTable(
                name: "annual_reports",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    facility_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    submission = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    review_due_by = table.Column<DateOnly>(type: "date", nullable: false),
                    total_toe = table.Column<double>(type: "double precision", nullable: false),
                    snapshot = table.Column<string>(type: "jsonb", nullable: false),
                    reviewed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reviewed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    review_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_annual_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_annual_reports_facilities_facility_id",
                        column: x => x.facility_id,
                        principalTable: "facilities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "data_quality_dismissals",
                columns: table => new
                {
                    facility_id = table.Column<int>(type: "integer", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    carrier = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    dismissed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    dismissed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_quality_dismissals", x => new { x.facility_id, x.month, x.code, x.carrier });
                    table.ForeignKey(
                        name: "fk_data_quality_dismissals_facilities_facility_id",
                        column: x => x.facility_id,
                        principalTable: "facilities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "demo_loads",
                columns: table => new
                {
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    loaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_demo_loads", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "facility_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    facility_id = table.Column<int>(type: "integer", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    changed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    field = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    old_value = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    new_value = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_facility_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_facility_changes_facilities_facility_id",
                        column: x => x.facility_id,
                        principalTable: "facilities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "outcome_revisions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    participant_id = table.Column<int>(type: "integer", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    attended = table.Column<bool>(type: "boolean", nullable: true),
                    exam_score = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    passed = table.Column<bool>(type: "boolean", nullable: true),
                    certificate_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    certificate_issued_on = table.Column<DateOnly>(type: "date", nullable: true),
                    certificate_valid_until = table.Column<DateOnly>(type: "date", nullable: true),
                    revocation_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outcome_revisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_outcome_revisions_training_participants_participant_id",
                        column: x => x.participant_id,
                        principalTable: "training_participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "programme_events",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    topic = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    commune = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    district = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    participants = table.Column<int>(type: "integer", nullable: false),
                    funding_source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    cost_vnd = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_events", x => x.id);
                    table.CheckConstraint("ck_programme_events_participants", "participants >= 0");
                });

            migrationBuilder.CreateTable(
                name: "reminders",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    facility_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    period = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    to = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reminders", x => x.id);
                    table.ForeignKey(
                        name: "fk_reminders_facilities_facility_id",
                        column: x => x.facility_id,
                        principalTable: "facilities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "support_caps",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    max_share = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: false),
                    max_vnd = table.Column<long>(type: "bigint", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_support_caps", x => x.id);
                    table.CheckConstraint("ck_support_caps_values", "max_share > 0 AND max_share <= 1 AND max_vnd >= 0");
                });

            migrationBuilder.CreateTable(
                name: "support_projects",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    facility_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    funding_source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    total_cost_vnd = table.Column<long>(type: "bigint", nullable: false),
                    support_vnd = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    implemented_from = table.Column<DateOnly>(type: "date", nullable: true),
                    implemented_to = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_support_projects", x => x.id);
                    table.CheckConstraint("ck_support_projects_money", "support_vnd >= 0 AND support_vnd <= total_cost_vnd");
                    table.CheckConstraint("ck_support_projects_works", "implemented_to IS NULL OR implemented_to >= implemented_from");
                    table.ForeignKey(
                        name: "fk_support_projects_facilities_facility_id",
                        column: x => x.facility_id,
                        principalTable: "facilities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "temperature_revisions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    station_id = table.Column<int>(type: "integer", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    mean_c = table.Column<double>(type: "double precision", nullable: false),
                    replaced_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    replaced_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_temperature_revisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_temperature_revisions_weather_stations_station_id",
                        column: x => x.station_id,
                        principalTable: "weather_stations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "support_project_history",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    project_id = table.Column<int>(type: "integer", nullable: false),
                    action = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: true),
                    by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_support_project_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_support_project_history_support_projects_project_id",
                        column: x => x.project_id,
                        principalTable: "support_projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_training_participants_course_id_facility_id_normalized_name",
                table: "training_participants",
                columns: new[] { "course_id", "facility_id", "normalized_name" },
                unique: true,
                filter: "NOT withdrawn");

            migrationBuilder.CreateIndex(
                name: "ix_annual_reports_facility_id_year_submission",
                table: "annual_reports",
                columns: new[] { "facility_id", "year", "submission" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_annual_reports_open_per_year",
                table: "annual_reports",
                columns: new[] { "facility_id", "year" },
                unique: true,
                filter: "status IN ('submitted', 'accepted')");

            migrationBuilder.CreateIndex(
                name: "ix_annual_reports_year",
                table: "annual_reports",
                column: "year");

            migrationBuilder.CreateIndex(
                name: "ix_facility_changes_facility_id_changed_at",
                table: "facility_changes",
                columns: new[] { "facility_id", "changed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_outcome_revisions_participant_id",
                table: "outcome_revisions",
                column: "participant_id");

            migrationBuilder.CreateIndex(
                name: "ix_programme_events_date",
                table: "programme_events",
                column: "date");

            migrationBuilder.CreateIndex(
                name: "ix_reminders_created_at",
                table: "reminders",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_reminders_facility_id_kind_period",
                table: "reminders",
                columns: new[] { "facility_id", "kind", "period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_support_caps_kind_valid_from",
                table: "support_caps",
                columns: new[] { "kind", "valid_from" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_support_project_history_project_id",
                table: "support_project_history",
                column: "project_id");

            migrationBuilder.CreateIndex(
                name: "ix_support_projects_facility_id",
                table: "support_projects",
                column: "facility_id");

            migrationBuilder.CreateIndex(
                name: "ix_support_projects_year_facility_id",
                table: "support_projects",
                columns: new[] { "year", "facility_id" });

            migrationBuilder.CreateIndex(
                name: "ix_temperature_revisions_station_id_date",
                table: "temperature_revisions",
                columns: new[] { "station_id", "date" });

            migrationBuilder.Sql(EnergySaving.Api.Infrastructure.CaseInsensitiveCodes.CreateIndexes);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(EnergySaving.Api.Infrastructure.CaseInsensitiveCodes.DropIndexes);

            migrationBuilder.DropTable(
                name: "annual_reports");

            migrationBuilder.DropTable(
                name: "data_quality_dismissals");

            migrationBuilder.DropTable(
                name: "demo_loads");

            migrationBuilder.DropTable(
                name: "facility_changes");

            migrationBuilder.DropTable(
                name: "outcome_revisions");

            migrationBuilder.DropTable(
                name: "programme_events");

            migrationBuilder.DropTable(
                name: "reminders");

            migrationBuilder.DropTable(
                name: "support_caps");

            migrationBuilder.DropTable(
                name: "support_project_history");

            migrationBuilder.DropTable(
                name: "temperature_revisions");

            migrationBuilder.DropTable(
                name: "support_projects");

            migrationBuilder.DropIndex(
                name: "ix_training_participants_course_id_facility_id_normalized_name",
                table: "training_participants");

            migrationBuilder.DropColumn(
                name: "withdrawn",
                table: "training_participants");

            migrationBuilder.DropColumn(
                name: "withdrawn_at",
                table: "training_participants");

            migrationBuilder.DropColumn(
                name: "withdrawn_by",
                table: "training_participants");

            migrationBuilder.AlterColumn<string>(
                name: "production_unit",
                table: "facilities",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_training_participants_course_id_facility_id_normalized_name",
                table: "training_participants",
                columns: new[] { "course_id", "facility_id", "normalized_name" },
                unique: true);
        }
    }
}
