using NetArchTest.Rules;

namespace InvoiceHub.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    [Fact]
    public void Modules_DoNotDependOnTheWebHost()
    {
        var result = Types.InAssemblies([Layers.Accounts, Layers.EInvoicing]).ShouldNot().HaveDependencyOn("InvoiceHub.Web").GetResult();

        result.IsSuccessful.ShouldBeTrue(string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void EInvoicing_DoesNotDependOnAnyModule()
    {
        var result = Types.InAssembly(Layers.EInvoicing).ShouldNot().HaveDependencyOnAny("InvoiceHub.Accounts", "InvoiceHub.Web").GetResult();

        result.IsSuccessful.ShouldBeTrue(string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void NegativeControl_TheWebHostDoesDependOnTheAccountsModule() =>
        Types.InAssembly(Layers.Web).ShouldNot().HaveDependencyOn("InvoiceHub.Accounts").GetResult().IsSuccessful.ShouldBeFalse();
}
