using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnergySaving.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ParticipantWithdrawal : Migration
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

            migrationBuilder.CreateIndex(
                name: "ix_training_participants_course_id_facility_id_normalized_name",
                table: "training_participants",
                columns: new[] { "course_id", "facility_id", "normalized_name" },
                unique: true,
                filter: "NOT withdrawn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "ix_training_participants_course_id_facility_id_normalized_name",
                table: "training_participants",
                columns: new[] { "course_id", "facility_id", "normalized_name" },
                unique: true);
        }
    }
}
