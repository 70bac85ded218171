using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EnergySaving.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Integrity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "ix_facility_changes_facility_id_changed_at",
                table: "facility_changes",
                columns: new[] { "facility_id", "changed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_outcome_revisions_participant_id",
                table: "outcome_revisions",
                column: "participant_id");

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
                name: "demo_loads");

            migrationBuilder.DropTable(
                name: "facility_changes");

            migrationBuilder.DropTable(
                name: "outcome_revisions");

            migrationBuilder.DropTable(
                name: "temperature_revisions");

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
        }
    }
}
