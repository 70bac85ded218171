using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnergySaving.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Baselines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "annual_flags",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    facility_id = table.Column<int>(type: "integer", nullable: false),
                    annual_toe = table.Column<double>(type: "double precision", nullable: false),
                    months_reported = table.Column<int>(type: "integer", nullable: false),
                    is_key = table.Column<bool>(type: "boolean", nullable: false),
                    threshold = table.Column<double>(type: "double precision", nullable: false),
                    new_this_year = table.Column<bool>(type: "boolean", nullable: false),
                    key_reason = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    is_candidate = table.Column<bool>(type: "boolean", nullable: false),
                    candidate_insufficient_data = table.Column<bool>(type: "boolean", nullable: false),
                    score = table.Column<double>(type: "double precision", nullable: true),
                    estimated_savings_toe = table.Column<double>(type: "double precision", nullable: true),
                    reasons = table.Column<string>(type: "jsonb", nullable: false),
                    computed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_annual_flags", x => new { x.year, x.facility_id });
                    table.ForeignKey(
                        name: "fk_annual_flags_facilities_facility_id",
                        column: x => x.facility_id,
                        principalTable: "facilities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "baseline_periods",
                columns: table => new
                {
                    facility_id = table.Column<int>(type: "integer", nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    to = table.Column<DateOnly>(type: "date", nullable: false),
                    set_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_baseline_periods", x => x.facility_id);
                    table.CheckConstraint("ck_baseline_periods_order", "\"to\" >= \"from\"");
                    table.ForeignKey(
                        name: "fk_baseline_periods_facilities_facility_id",
                        column: x => x.facility_id,
                        principalTable: "facilities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "baseline_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    requested_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    trigger = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    facilities_total = table.Column<int>(type: "integer", nullable: false),
                    facilities_done = table.Column<int>(type: "integer", nullable: false),
                    facilities_unchanged = table.Column<int>(type: "integer", nullable: false),
                    batches_total = table.Column<int>(type: "integer", nullable: false),
                    batches_done = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_baseline_runs", x => x.id);
                    table.CheckConstraint("ck_baseline_runs_status", "status IN ('queued','running','succeeded','failed')");
                });

            migrationBuilder.CreateTable(
                name: "facility_baselines",
                columns: table => new
                {
                    facility_id = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reasons = table.Column<string>(type: "jsonb", nullable: false),
                    period_from = table.Column<DateOnly>(type: "date", nullable: true),
                    period_to = table.Column<DateOnly>(type: "date", nullable: true),
                    model_kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    intercept = table.Column<double>(type: "double precision", nullable: true),
                    production = table.Column<double>(type: "double precision", nullable: true),
                    hdd = table.Column<double>(type: "double precision", nullable: true),
                    cdd = table.Column<double>(type: "double precision", nullable: true),
                    heating_balance_point_c = table.Column<double>(type: "double precision", nullable: true),
                    cooling_balance_point_c = table.Column<double>(type: "double precision", nullable: true),
                    p_values = table.Column<string>(type: "jsonb", nullable: true),
                    standard_errors = table.Column<string>(type: "jsonb", nullable: true),
                    n = table.Column<int>(type: "integer", nullable: true),
                    r2 = table.Column<double>(type: "double precision", nullable: true),
                    adjusted_r2 = table.Column<double>(type: "double precision", nullable: true),
                    cv_rmse = table.Column<double>(type: "double precision", nullable: true),
                    nmbe = table.Column<double>(type: "double precision", nullable: true),
                    adequate = table.Column<bool>(type: "boolean", nullable: true),
                    sec_baseline = table.Column<double>(type: "double precision", nullable: true),
                    sec_unit = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    savings = table.Column<string>(type: "jsonb", nullable: true),
                    annual_savings = table.Column<string>(type: "jsonb", nullable: false),
                    input_fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    computed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    checked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_facility_baselines", x => x.facility_id);
                    table.CheckConstraint("ck_facility_baselines_status", "status IN ('fitted','insufficient-data')");
                    table.ForeignKey(
                        name: "fk_facility_baselines_facilities_facility_id",
                        column: x => x.facility_id,
                        principalTable: "facilities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "baseline_run_batches",
                columns: table => new
                {
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    batch_no = table.Column<int>(type: "integer", nullable: false),
                    facility_count = table.Column<int>(type: "integer", nullable: false),
                    facility_ids = table.Column<int[]>(type: "integer[]", nullable: false),
                    done = table.Column<bool>(type: "boolean", nullable: false),
                    executions = table.Column<int>(type: "integer", nullable: false),
                    processed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_baseline_run_batches", x => new { x.run_id, x.batch_no });
                    table.ForeignKey(
                        name: "fk_baseline_run_batches_baseline_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "baseline_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "baseline_run_errors",
                columns: table => new
                {
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    facility_id = table.Column<int>(type: "integer", nullable: false),
                    message = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_baseline_run_errors", x => new { x.run_id, x.facility_id });
                    table.ForeignKey(
                        name: "fk_baseline_run_errors_baseline_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "baseline_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_annual_flags_facility_id",
                table: "annual_flags",
                column: "facility_id");

            migrationBuilder.CreateIndex(
                name: "ix_baseline_runs_created_at",
                table: "baseline_runs",
                column: "created_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "annual_flags");

            migrationBuilder.DropTable(
                name: "baseline_periods");

            migrationBuilder.DropTable(
                name: "baseline_run_batches");

            migrationBuilder.DropTable(
                name: "baseline_run_errors");

            migrationBuilder.DropTable(
                name: "facility_baselines");

            migrationBuilder.DropTable(
                name: "baseline_runs");
        }
    }
}
