using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InvoiceHub.Accounts.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AdminConsole : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "last_sign_in_at",
                schema: "accounts",
                table: "users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "must_change_password",
                schema: "accounts",
                table: "users",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deactivated_at",
                schema: "accounts",
                table: "tenants",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "require_two_factor_for_admins",
                schema: "accounts",
                table: "tenants",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "role",
                schema: "accounts",
                table: "tenant_memberships",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Accountant");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "last_used_at",
                schema: "accounts",
                table: "api_credentials",
                type: "timestamp with time zone",
                nullable: true);

            // Roles were global until now: each existing membership takes the user's role (the strongest one when
            // a user held several), so nobody gains or loses a right with this migration.
            migrationBuilder.Sql("""
                UPDATE accounts.tenant_memberships m
                SET role = (
                    SELECT r.name FROM accounts.user_roles ur JOIN accounts.roles r ON r.id = ur.role_id
                    WHERE ur.user_id = m.user_id
                    ORDER BY CASE r.name WHEN 'Admin' THEN 0 WHEN 'Bookkeeper' THEN 1 ELSE 2 END
                    LIMIT 1)
                WHERE EXISTS (SELECT 1 FROM accounts.user_roles ur WHERE ur.user_id = m.user_id);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "last_sign_in_at",
                schema: "accounts",
                table: "users");

            migrationBuilder.DropColumn(
                name: "must_change_password",
                schema: "accounts",
                table: "users");

            migrationBuilder.DropColumn(
                name: "deactivated_at",
                schema: "accounts",
                table: "tenants");

            migrationBuilder.DropColumn(
                name: "require_two_factor_for_admins",
                schema: "accounts",
                table: "tenants");

            migrationBuilder.DropColumn(
                name: "role",
                schema: "accounts",
                table: "tenant_memberships");

            migrationBuilder.DropColumn(
                name: "last_used_at",
                schema: "accounts",
                table: "api_credentials");
        }
    }
}
