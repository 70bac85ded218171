using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EnergySaving.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ReportingYear : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "ix_reminders_created_at",
                table: "reminders",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_reminders_facility_id_kind_period",
                table: "reminders",
                columns: new[] { "facility_id", "kind", "period" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "annual_reports");

            migrationBuilder.DropTable(
                name: "data_quality_dismissals");

            migrationBuilder.DropTable(
                name: "reminders");
        }
    }
}
