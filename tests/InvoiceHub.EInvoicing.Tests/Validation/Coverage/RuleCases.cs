using InvoiceHub.EInvoicing.Tests.Corpus;
using InvoiceHub.EInvoicing.Validation;

namespace InvoiceHub.EInvoicing.Tests.Validation.Coverage;

/// <summary>
/// Builders for <see cref="RuleCase"/>s: a mutation of a valid base document triggers the rule, the base document
/// itself does not. CII cases are written against our CII fixture, or converted from a UBL mutation through our
/// reader and CII writer (the same invoice in the other binding).
/// </summary>
internal static class RuleCases
{
    public static RuleCase Ubl(string family, string rule, Func<UblFixture, UblFixture> mutate, Func<UblFixture>? baseline = null, ValidationProfile profile = ValidationProfile.En16931)
    {
        var from = baseline ?? UblFixture.Valid;
        return new RuleCase(family, rule, "UBL", profile, () => mutate(from()).ToBytes(), () => from().ToBytes());
    }

    /// <summary>The CII form of a UBL mutation: read by our UBL reader, written by our CII writer.</summary>
    public static RuleCase CiiConverted(string family, string rule, Func<UblFixture, UblFixture> mutate, Func<UblFixture>? baseline = null, ValidationProfile profile = ValidationProfile.En16931)
    {
        var from = baseline ?? UblFixture.Valid;
        return new RuleCase(family, rule, "CII", profile, () => mutate(from()).ToCii(), () => from().ToCii());
    }

    public static RuleCase Cii(string family, string rule, Func<UblFixture, UblFixture> mutate, Func<UblFixture>? baseline = null, ValidationProfile profile = ValidationProfile.En16931)
    {
        var from = baseline ?? UblFixture.ValidCii;
        return new RuleCase(family, rule, "CII", profile, () => mutate(from()).ToBytes(), () => from().ToBytes());
    }

    /// <summary>Two documents of our own that differ in more than one mutation (e.g. the rule's context present in one, absent in the other).</summary>
    public static RuleCase Pair(string family, string rule, string syntax, Func<UblFixture> triggering, Func<UblFixture> notTriggering, ValidationProfile profile = ValidationProfile.En16931) =>
        new(family, rule, syntax, profile, () => triggering().ToBytes(), () => notTriggering().ToBytes());

    /// <summary>A mutation of a corpus document the official validators accept.</summary>
    public static RuleCase Corpus(string family, string rule, string syntax, string document, ValidationProfile profile, Func<UblFixture, UblFixture> mutate) =>
        new(family, rule, syntax, profile,
            () => mutate(UblFixture.Load(CorpusLocator.PathOf(document))).ToBytes(),
            () => UblFixture.Load(CorpusLocator.PathOf(document)).ToBytes(),
            NeedsCorpus: true);

    /// <summary>A code list rule: the same element with a code outside the list triggers it, with a listed code it does not.</summary>
    public static RuleCase Code(string family, string rule, string syntax, Func<UblFixture, string, UblFixture> set, string good, string bad, Func<UblFixture>? baseline = null)
    {
        var from = baseline ?? (syntax == "CII" ? UblFixture.ValidCii : UblFixture.Valid);
        return new RuleCase(family, rule, syntax, ValidationProfile.En16931, () => set(from(), bad).ToBytes(), () => set(from(), good).ToBytes());
    }
}
