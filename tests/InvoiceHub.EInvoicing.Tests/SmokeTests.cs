namespace InvoiceHub.EInvoicing.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Assembly_Loads() => typeof(AssemblyMarker).Assembly.GetName().Name.ShouldBe("InvoiceHub.EInvoicing");
}
