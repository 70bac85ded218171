using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EnergySaving.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "text", nullable: true),
                    xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "energy_carrier_factors",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    carrier_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    name_vi = table.Column<string>(type: "text", nullable: false),
                    dimension = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    per_quantity = table.Column<double>(type: "double precision", nullable: false),
                    per_unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    toe = table.Column<double>(type: "double precision", nullable: false),
                    min_toe = table.Column<double>(type: "double precision", nullable: true),
                    max_toe = table.Column<double>(type: "double precision", nullable: true),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    source = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_energy_carrier_factors", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "facilities",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    sector = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    industry = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    production_unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    province = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    district = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    commune = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    tax_code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    weather_station = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_facilities", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "roles",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "signing_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    key = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_signing_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "training_courses",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: false),
                    location = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    organizer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_training_courses", x => x.id);
                    table.CheckConstraint("ck_training_courses_capacity", "capacity IS NULL OR capacity > 0");
                    table.CheckConstraint("ck_training_courses_dates", "end_date >= start_date");
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    password_hash = table.Column<string>(type: "text", nullable: true),
                    security_stamp = table.Column<string>(type: "text", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true),
                    phone_number = table.Column<string>(type: "text", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    access_failed_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "weather_stations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    province = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    latitude = table.Column<double>(type: "double precision", nullable: true),
                    longitude = table.Column<double>(type: "double precision", nullable: true),
                    temperatures_updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_weather_stations", x => x.id);
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
                name: "consumption_months",
                columns: table => new
                {
                    facility_id = table.Column<int>(type: "integer", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    total_toe = table.Column<double>(type: "double precision", nullable: false),
                    production_quantity = table.Column<double>(type: "double precision", nullable: true),
                    production_unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    carriers = table.Column<string[]>(type: "text[]", nullable: false),
                    quantities = table.Column<double[]>(type: "double precision[]", nullable: false),
                    units = table.Column<string[]>(type: "text[]", nullable: false),
                    toes = table.Column<double[]>(type: "double precision[]", nullable: false),
                    factor_ids = table.Column<int[]>(type: "integer[]", nullable: false),
                    declared_toes = table.Column<double?[]>(type: "double precision[]", nullable: false),
                    submitted_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consumption_months", x => new { x.facility_id, x.month });
                    table.ForeignKey(
                        name: "fk_consumption_months_facilities_facility_id",
                        column: x => x.facility_id,
                        principalTable: "facilities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "consumption_revisions",
                columns: table => new
                {
                    facility_id = table.Column<int>(type: "integer", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    total_toe = table.Column<double>(type: "double precision", nullable: false),
                    production_quantity = table.Column<double>(type: "double precision", nullable: true),
                    production_unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    carriers = table.Column<string[]>(type: "text[]", nullable: false),
                    quantities = table.Column<double[]>(type: "double precision[]", nullable: false),
                    units = table.Column<string[]>(type: "text[]", nullable: false),
                    toes = table.Column<double[]>(type: "double precision[]", nullable: false),
                    factor_ids = table.Column<int[]>(type: "integer[]", nullable: false),
                    declared_toes = table.Column<double?[]>(type: "double precision[]", nullable: false),
                    submitted_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consumption_revisions", x => new { x.facility_id, x.month, x.revision });
                    table.ForeignKey(
                        name: "fk_consumption_revisions_facilities_facility_id",
                        column: x => x.facility_id,
                        principalTable: "facilities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "role_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    role_id = table.Column<string>(type: "text", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_role_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_role_claims_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "training_participants",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    course_id = table.Column<int>(type: "integer", nullable: false),
                    facility_id = table.Column<int>(type: "integer", nullable: false),
                    full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    normalized_name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    phone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: true),
                    attended = table.Column<bool>(type: "boolean", nullable: true),
                    exam_score = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    passed = table.Column<bool>(type: "boolean", nullable: true),
                    certificate_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    certificate_issued_on = table.Column<DateOnly>(type: "date", nullable: true),
                    certificate_valid_until = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_training_participants", x => x.id);
                    table.CheckConstraint("ck_training_participants_certificate", "certificate_number IS NULL OR passed");
                    table.ForeignKey(
                        name: "fk_training_participants_facilities_facility_id",
                        column: x => x.facility_id,
                        principalTable: "facilities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_training_participants_training_courses_course_id",
                        column: x => x.course_id,
                        principalTable: "training_courses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<string>(type: "text", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_user_claims_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_facilities",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    facility_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_facilities", x => new { x.user_id, x.facility_id });
                    table.ForeignKey(
                        name: "fk_user_facilities_facilities_facility_id",
                        column: x => x.facility_id,
                        principalTable: "facilities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_user_facilities_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_logins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    provider_key = table.Column<string>(type: "text", nullable: false),
                    provider_display_name = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_user_logins_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_roles",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    role_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_roles", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "fk_user_roles_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_user_roles_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_tokens",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_user_tokens_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "daily_temperatures",
                columns: table => new
                {
                    station_id = table.Column<int>(type: "integer", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    mean_c = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_daily_temperatures", x => new { x.station_id, x.date });
                    table.CheckConstraint("ck_daily_temperatures_mean_c", "mean_c BETWEEN -60 AND 60");
                    table.ForeignKey(
                        name: "fk_daily_temperatures_weather_stations_station_id",
                        column: x => x.station_id,
                        principalTable: "weather_stations",
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

            migrationBuilder.CreateIndex(
                name: "ix_consumption_months_month",
                table: "consumption_months",
                column: "month");

            migrationBuilder.CreateIndex(
                name: "ix_energy_carrier_factors_carrier_code_dimension_valid_from",
                table: "energy_carrier_factors",
                columns: new[] { "carrier_code", "dimension", "valid_from" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_facilities_code",
                table: "facilities",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_facilities_province",
                table: "facilities",
                column: "province");

            migrationBuilder.CreateIndex(
                name: "ix_facilities_sector",
                table: "facilities",
                column: "sector");

            migrationBuilder.CreateIndex(
                name: "ix_role_claims_role_id",
                table: "role_claims",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "roles",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_training_courses_code",
                table: "training_courses",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_training_courses_start_date",
                table: "training_courses",
                column: "start_date");

            migrationBuilder.CreateIndex(
                name: "ix_training_participants_certificate_number",
                table: "training_participants",
                column: "certificate_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_training_participants_course_id_facility_id_normalized_name",
                table: "training_participants",
                columns: new[] { "course_id", "facility_id", "normalized_name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_training_participants_facility_id",
                table: "training_participants",
                column: "facility_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_claims_user_id",
                table: "user_claims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_facilities_facility_id",
                table: "user_facilities",
                column: "facility_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_logins_user_id",
                table: "user_logins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_roles_role_id",
                table: "user_roles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "users",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "users",
                column: "normalized_user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_weather_stations_code",
                table: "weather_stations",
                column: "code",
                unique: true);
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
                name: "consumption_months");

            migrationBuilder.DropTable(
                name: "consumption_revisions");

            migrationBuilder.DropTable(
                name: "daily_temperatures");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "energy_carrier_factors");

            migrationBuilder.DropTable(
                name: "facility_baselines");

            migrationBuilder.DropTable(
                name: "role_claims");

            migrationBuilder.DropTable(
                name: "signing_keys");

            migrationBuilder.DropTable(
                name: "training_participants");

            migrationBuilder.DropTable(
                name: "user_claims");

            migrationBuilder.DropTable(
                name: "user_facilities");

            migrationBuilder.DropTable(
                name: "user_logins");

            migrationBuilder.DropTable(
                name: "user_roles");

            migrationBuilder.DropTable(
                name: "user_tokens");

            migrationBuilder.DropTable(
                name: "baseline_runs");

            migrationBuilder.DropTable(
                name: "weather_stations");

            migrationBuilder.DropTable(
                name: "training_courses");

            migrationBuilder.DropTable(
                name: "facilities");

            migrationBuilder.DropTable(
                name: "roles");

            migrationBuilder.DropTable(
                name: "users");
        }
    }
}
