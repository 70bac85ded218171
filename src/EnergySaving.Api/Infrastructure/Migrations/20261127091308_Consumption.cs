using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EnergySaving.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Consumption : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                    submitted_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                name: "consumption_entries",
                columns: table => new
                {
                    facility_id = table.Column<int>(type: "integer", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    carrier = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    quantity = table.Column<double>(type: "double precision", nullable: false),
                    unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    toe = table.Column<double>(type: "double precision", nullable: false),
                    factor_id = table.Column<int>(type: "integer", nullable: false),
                    declared_toe = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consumption_entries", x => new { x.facility_id, x.month, x.revision, x.carrier });
                    table.ForeignKey(
                        name: "fk_consumption_entries_consumption_revisions_facility_id_month",
                        columns: x => new { x.facility_id, x.month, x.revision },
                        principalTable: "consumption_revisions",
                        principalColumns: new[] { "facility_id", "month", "revision" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_consumption_entries_energy_carrier_factors_factor_id",
                        column: x => x.factor_id,
                        principalTable: "energy_carrier_factors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_consumption_entries_factor_id",
                table: "consumption_entries",
                column: "factor_id");

            migrationBuilder.CreateIndex(
                name: "ix_consumption_months_month",
                table: "consumption_months",
                column: "month");

            migrationBuilder.CreateIndex(
                name: "ix_energy_carrier_factors_carrier_code_dimension_valid_from",
                table: "energy_carrier_factors",
                columns: new[] { "carrier_code", "dimension", "valid_from" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "consumption_entries");

            migrationBuilder.DropTable(
                name: "consumption_months");

            migrationBuilder.DropTable(
                name: "consumption_revisions");

            migrationBuilder.DropTable(
                name: "energy_carrier_factors");
        }
    }
}
