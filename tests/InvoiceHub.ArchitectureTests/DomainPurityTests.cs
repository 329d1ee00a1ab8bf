using System.Reflection;
using NetArchTest.Rules;

namespace InvoiceHub.ArchitectureTests;

public sealed class DomainPurityTests
{
    public static TheoryData<string> InfrastructureNamespaces => [.. Layers.InfrastructureNamespaces];

    [Theory]
    [MemberData(nameof(InfrastructureNamespaces))]
    public void DomainTypes_DoNotUse(string infrastructure)
    {
        foreach (var domain in Layers.Domain)
        {
            var result = TypesUsing(domain, infrastructure);

            result.IsSuccessful.ShouldBeTrue(
                $"{domain.GetName().Name} uses {infrastructure}: {string.Join(", ", result.FailingTypeNames ?? [])}");
        }
    }

    [Theory]
    [MemberData(nameof(InfrastructureNamespaces))]
    public void DomainAssemblies_DoNotReference(string infrastructure)
    {
        foreach (var domain in Layers.Domain)
        {
            ReferencesTo(domain, infrastructure).ShouldBeEmpty();
        }
    }

    // Negative controls: the same checks, aimed at the web host, must find what is there, or they prove nothing.
    [Theory]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Hangfire")]
    [InlineData("Npgsql")]
    public void NegativeControl_TypeRule_CatchesTheWebHost(string infrastructure) =>
        TypesUsing(Layers.Web, infrastructure).IsSuccessful.ShouldBeFalse();

    [Theory]
    [InlineData("Hangfire")]
    [InlineData("Npgsql")]
    public void NegativeControl_ReferenceRule_CatchesTheWebHost(string infrastructure) =>
        ReferencesTo(Layers.Web, infrastructure).ShouldNotBeEmpty();

    [Fact]
    public void NegativeControl_TypeRule_CatchesEfCoreInTheAccountsModule() =>
        TypesUsing(Layers.Accounts, "Microsoft.EntityFrameworkCore").IsSuccessful.ShouldBeFalse();

    private static TestResult TypesUsing(Assembly assembly, string infrastructure) =>
        Types.InAssembly(assembly).ShouldNot().HaveDependencyOn(infrastructure).GetResult();

    private static List<string> ReferencesTo(Assembly assembly, string infrastructure) =>
        [.. assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").Where(name => name.StartsWith(infrastructure, StringComparison.Ordinal))];
}
