namespace InvoiceHub.EInvoicing.Validation.Rules.Core;

/// <summary>BR-11: The Buyer postal address shall contain a Buyer country code (BT-55).</summary>
internal sealed class BR_11() : PartyCountryRule("BR-11", "The Buyer postal address shall contain a Buyer country code (BT-55).", "AccountingCustomerParty", "BuyerTradeParty", i => i.Buyer);
