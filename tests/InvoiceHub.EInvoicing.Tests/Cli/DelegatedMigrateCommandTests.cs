using System.Runtime.Versioning;
using InvoiceHub.Cli.Migrate;

namespace InvoiceHub.EInvoicing.Tests.Cli;

/// <summary>The native build's <c>migrate</c>, which runs the ReadyToRun build beside it (docs/cli.md, "Speed").</summary>
public sealed class DelegatedMigrateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("invoicehub-migrate-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // The native build is published for Linux only (linux-x64), and the stand-in below is a shell script.
    [SupportedOSPlatform("linux")]
    [Fact]
    public void Migrate_ManagedBuildBeside_RunsItWithTheSameArgumentsAndPassesItsExitCodeOn()
    {
        // A stand-in for the managed executable that records what it was started with.
        var received = Path.Combine(_folder, "arguments.txt");
        var managed = Path.Combine(_folder, "invoicehub");
        File.WriteAllText(managed, $"#!/bin/sh\nprintf '%s\\n' \"$@\" > '{received}'\nexit 3\n");
        File.SetUnixFileMode(managed, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = new DelegatedMigrateCommand(managed).Run(["--connection", "Host=db; Database=x"], output, error);

        exitCode.ShouldBe(3);
        File.ReadAllLines(received).ShouldBe(["migrate", "--connection", "Host=db; Database=x"]);
        error.ToString().ShouldBeEmpty();
    }

    [Fact]
    public void Migrate_NoManagedBuildBeside_SaysHowToGetItAndFails()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = new DelegatedMigrateCommand(Path.Combine(_folder, "missing", "invoicehub")).Run([], output, error);

        exitCode.ShouldBe(2);
        error.ToString().ShouldContain("scripts/publish-cli.sh");
        output.ToString().ShouldBeEmpty();
    }
}
