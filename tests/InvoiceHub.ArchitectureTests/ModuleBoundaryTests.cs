using System.Reflection;
using NetArchTest.Rules;

namespace InvoiceHub.ArchitectureTests;

/// <summary>
/// A module may use another module only through that module's <c>Contracts</c> namespace: its DbContext, handlers,
/// entities and everything else are its own. The host (Web) and the CLI compose modules and may use more.
/// </summary>
public sealed class ModuleBoundaryTests
{
    public static TheoryData<string> Modules => [.. Layers.Modules.Keys];

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_UsesOtherModulesOnlyThroughTheirContracts(string module)
    {
        var result = Types.InAssembly(Layers.Modules[module]).ShouldNot().HaveDependencyOnAny([.. InternalsOfOtherModules(module)]).GetResult();

        result.IsSuccessful.ShouldBeTrue($"{module} reaches into another module: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_DoesNotDependOnTheHost(string module)
    {
        var result = Types.InAssembly(Layers.Modules[module]).ShouldNot().HaveDependencyOnAny("InvoiceHub.Web", "InvoiceHub.Cli").GetResult();

        result.IsSuccessful.ShouldBeTrue(string.Join(", ", result.FailingTypeNames ?? []));
    }

    // Negative controls: the web host does use the modules' internals (handlers, stores, DbContexts), so the same rule,
    // aimed at the host with the module's internals, must fail; a rule that cannot fail proves nothing.
    [Theory]
    [MemberData(nameof(Modules))]
    public void NegativeControl_TheRuleCatchesTheHostUsingTheModulesInternals(string module)
    {
        var internals = InternalsOf(Layers.Modules[module]);
        internals.ShouldNotBeEmpty();

        Types.InAssembly(Layers.Web).ShouldNot().HaveDependencyOnAny([.. internals]).GetResult().IsSuccessful.ShouldBeFalse();
    }

    [Fact]
    public void NegativeControl_ContractsAreNotCountedAsInternals()
    {
        InternalsOf(Layers.Modules["Invoices"]).ShouldNotContain(n => n.StartsWith("InvoiceHub.Invoices.Contracts", StringComparison.Ordinal));
        InternalsOf(Layers.Modules["Invoices"]).ShouldContain("InvoiceHub.Invoices.Persistence");
    }

    // OCR is a library, not a module: the Invoices module runs it through its contracts (IDocumentRecognizer and the
    // result records); the host alone creates the recognizer (OcrSetup) and owns its engines.
    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_UsesOcrOnlyThroughItsContracts(string module)
    {
        var result = Types.InAssembly(Layers.Modules[module]).ShouldNot().HaveDependencyOnAny([.. InternalsOf(Layers.Ocr)]).GetResult();

        result.IsSuccessful.ShouldBeTrue($"{module} reaches into the OCR library: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void NegativeControl_TheOcrRuleCatchesTheHostCreatingTheRecognizer()
    {
        InternalsOf(Layers.Ocr).ShouldContain("InvoiceHub.Ocr.OcrSetup");

        Types.InAssembly(Layers.Web).ShouldNot().HaveDependencyOnAny([.. InternalsOf(Layers.Ocr)]).GetResult().IsSuccessful.ShouldBeFalse();
    }

    [Fact]
    public void Invoices_UsesTheOcrContracts()
    {
        // Without this the OCR rule above would pass for a module that had simply stopped using OCR.
        Types.InAssembly(Layers.Modules["Invoices"]).That().HaveDependencyOn("InvoiceHub.Ocr.Contracts").GetTypes().ShouldNotBeEmpty();
    }

    [Fact]
    public void EInvoicing_DoesNotDependOnAnyModule()
    {
        var result = Types.InAssembly(Layers.EInvoicing)
            .ShouldNot().HaveDependencyOnAny([.. Layers.Modules.Values.Select(a => a.GetName().Name!), "InvoiceHub.Web"]).GetResult();

        result.IsSuccessful.ShouldBeTrue(string.Join(", ", result.FailingTypeNames ?? []));
    }

    private static IEnumerable<string> InternalsOfOtherModules(string module) =>
        Layers.Modules.Where(m => m.Key != module).SelectMany(m => InternalsOf(m.Value));

    /// <summary>Every namespace of the module except its Contracts, plus the types of its root namespace (the registration).</summary>
    private static List<string> InternalsOf(Assembly module)
    {
        var root = module.GetName().Name!;
        var types = module.GetTypes().Where(t => t.Namespace is not null && !t.Name.StartsWith('<')).ToList();
        // Only the module's own namespaces: compiler-generated ones (System.Text.RegularExpressions.Generated) are in every assembly.
        var namespaces = types.Select(t => t.Namespace!)
            .Where(n => n.StartsWith(root + ".", StringComparison.Ordinal) && !n.StartsWith(root + ".Contracts", StringComparison.Ordinal)).Distinct();
        var rootTypes = types.Where(t => t.Namespace == root && t.DeclaringType is null).Select(t => t.FullName!);
        return [.. namespaces, .. rootTypes];
    }
}
