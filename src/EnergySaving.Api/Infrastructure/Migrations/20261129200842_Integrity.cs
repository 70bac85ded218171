using System;
using Microsoft.EntityFrameworkCore.Migrations;

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

            migrationBuilder.Sql(EnergySaving.Api.Infrastructure.CaseInsensitiveCodes.CreateIndexes);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(EnergySaving.Api.Infrastructure.CaseInsensitiveCodes.DropIndexes);

            migrationBuilder.DropTable(
                name: "demo_loads");

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
