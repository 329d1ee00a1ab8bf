using InvoiceHub.EInvoicing.Validation.Engine;

namespace InvoiceHub.EInvoicing.Validation.Rules.AllowancesCharges;

/// <summary>The allowance and charge presence rules of EN 16931 as rows: id, level, allowance or charge, what must exist, message.</summary>
internal static class AllowanceChargeRules
{
    private const AllowanceChargeRequirement Amount = AllowanceChargeRequirement.Amount;
    private const AllowanceChargeRequirement Vat = AllowanceChargeRequirement.VatCategory;
    private const AllowanceChargeRequirement Reason = AllowanceChargeRequirement.Reason;

    public static IEnumerable<Rule> All() =>
    [
        new AllowanceChargeRule("BR-31", "Each Document level allowance (BG-20) shall have a Document level allowance amount (BT-92).", lineLevel: false, charge: false, Amount),
        new AllowanceChargeRule("BR-32", "Each Document level allowance (BG-20) shall have a Document level allowance VAT category code (BT-95).", lineLevel: false, charge: false, Vat),
        new AllowanceChargeRule("BR-33", "Each Document level allowance (BG-20) shall have a Document level allowance reason (BT-97) or a Document level allowance reason code (BT-98).", lineLevel: false, charge: false, Reason),
        new AllowanceChargeRule("BR-CO-21", "Each Document level allowance (BG-20) shall contain a Document level allowance reason (BT-97) or a Document level allowance reason code (BT-98), or both.", lineLevel: false, charge: false, Reason),
        new AllowanceChargeRule("BR-36", "Each Document level charge (BG-21) shall have a Document level charge amount (BT-99).", lineLevel: false, charge: true, Amount),
        new AllowanceChargeRule("BR-37", "Each Document level charge (BG-21) shall have a Document level charge VAT category code (BT-102).", lineLevel: false, charge: true, Vat),
        new AllowanceChargeRule("BR-38", "Each Document level charge (BG-21) shall have a Document level charge reason (BT-104) or a Document level charge reason code (BT-105).", lineLevel: false, charge: true, Reason),
        new AllowanceChargeRule("BR-CO-22", "Each Document level charge (BG-21) shall contain a Document level charge reason (BT-104) or a Document level charge reason code (BT-105), or both.", lineLevel: false, charge: true, Reason),
        new AllowanceChargeRule("BR-41", "Each Invoice line allowance (BG-27) shall have an Invoice line allowance amount (BT-136).", lineLevel: true, charge: false, Amount),
        new AllowanceChargeRule("BR-42", "Each Invoice line allowance (BG-27) shall have an Invoice line allowance reason (BT-139) or an Invoice line allowance reason code (BT-140).", lineLevel: true, charge: false, Reason),
        new AllowanceChargeRule("BR-CO-23", "Each Invoice line allowance (BG-27) shall contain an Invoice line allowance reason (BT-139) or an Invoice line allowance reason code (BT-140), or both.", lineLevel: true, charge: false, Reason),
        new AllowanceChargeRule("BR-43", "Each Invoice line charge (BG-28) shall have an Invoice line charge amount (BT-141).", lineLevel: true, charge: true, Amount),
        new AllowanceChargeRule("BR-44", "Each Invoice line charge shall have an Invoice line charge reason or an invoice line allowance reason code.", lineLevel: true, charge: true, Reason),
        new AllowanceChargeRule("BR-CO-24", "Each Invoice line charge (BG-28) shall contain an Invoice line charge reason (BT-144) or an Invoice line charge reason code (BT-145), or both.", lineLevel: true, charge: true, Reason),
    ];
}
