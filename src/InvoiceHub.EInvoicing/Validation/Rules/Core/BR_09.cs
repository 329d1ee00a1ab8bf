namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-09: The Seller postal address (BG-5) shall contain a Seller country code (BT-40).</summary>
internal sealed class BR_09() : PartyCountryRule("BR-09", "The Seller postal address (BG-5) shall contain a Seller country code (BT-40).", "AccountingSupplierParty", "SellerTradeParty", i => i.Seller);
