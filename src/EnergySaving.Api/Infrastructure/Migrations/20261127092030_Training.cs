using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EnergySaving.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Training : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "training_participants");

            migrationBuilder.DropTable(
                name: "training_courses");
        }
    }
}
