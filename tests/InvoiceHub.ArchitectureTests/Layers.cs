using System.Reflection;

namespace InvoiceHub.ArchitectureTests;

/// <summary>The assemblies the rules talk about, and the frameworks a pure domain must not touch.</summary>
internal static class Layers
{
    public static Assembly EInvoicing { get; } = typeof(EInvoicing.AssemblyMarker).Assembly;

    public static Assembly Accounts { get; } = typeof(Accounts.AccountsModule).Assembly;

    public static Assembly Ocr { get; } = typeof(Ocr.OcrSetup).Assembly;

    public static Assembly Web { get; } = typeof(Program).Assembly;

    /// <summary>The module projects, by name: each has its own DbContext and a Contracts namespace for the others.</summary>
    public static IReadOnlyDictionary<string, Assembly> Modules { get; } = new Dictionary<string, Assembly>
    {
        ["Accounts"] = Accounts,
        ["Parties"] = typeof(Parties.PartiesModule).Assembly,
        ["Invoices"] = typeof(Invoices.InvoicesModule).Assembly,
        ["Forwarding"] = typeof(Forwarding.ForwardingModule).Assembly,
    };

    /// <summary>The pure assemblies: no web, persistence, job or validation framework in them (OCR is a stateless library).</summary>
    public static IReadOnlyList<Assembly> Domain { get; } = [EInvoicing, Ocr];

    public static IReadOnlyList<string> InfrastructureNamespaces { get; } =
        ["Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Npgsql", "Hangfire", "FluentValidation"];
}
