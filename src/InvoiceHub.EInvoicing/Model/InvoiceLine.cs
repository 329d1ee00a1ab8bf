namespace InvoiceHub.EInvoicing.Model;

/// <summary>An invoice line (BG-25).</summary>
public sealed record InvoiceLine
{
    /// <summary>BT-126 invoice line identifier.</summary>
    public string? Id { get; init; }

    /// <summary>BT-127 invoice line note.</summary>
    public string? Note { get; init; }

    /// <summary>BT-128 invoice line object identifier with scheme (BT-128-1).</summary>
    public Identifier? ObjectId { get; init; }

    /// <summary>BT-129 invoiced quantity with BT-130 unit of measure code.</summary>
    public Quantity? Quantity { get; init; }

    /// <summary>BT-131 invoice line net amount.</summary>
    public Money? NetAmount { get; init; }

    /// <summary>BT-132 referenced purchase order line reference.</summary>
    public string? OrderLineReference { get; init; }

    /// <summary>BT-133 invoice line buyer accounting reference.</summary>
    public string? AccountingCost { get; init; }

    /// <summary>BG-26 invoice line period.</summary>
    public Period? Period { get; init; }

    /// <summary>BG-27 / BG-28 line allowances and charges.</summary>
    public ValueList<AllowanceCharge> AllowancesCharges { get; init; } = ValueList<AllowanceCharge>.Empty;

    /// <summary>BG-29 price details.</summary>
    public LinePrice? Price { get; init; }

    /// <summary>BG-30 line VAT information.</summary>
    public LineVat? Vat { get; init; }

    /// <summary>Taxes other than VAT on the line (OIOUBL line-level TaxTotal for excise duties).</summary>
    public ValueList<LineTax> OtherTaxes { get; init; } = ValueList<LineTax>.Empty;

    /// <summary>BG-31 item information.</summary>
    public Item Item { get; init; } = new();

    /// <summary>Parent line of a sub-line (CII ParentLineID; UBL sub-lines carry their parent's id here too).</summary>
    public string? ParentLineId { get; init; }

    /// <summary>CII LineStatusReasonCode of a line in a hierarchy (DETAIL, GROUP, INFORMATION).</summary>
    public string? LineStatusReasonCode { get; init; }

    /// <summary>UBL cac:SubInvoiceLine / SubCreditNoteLine (XRechnung extension); CII keeps sub-lines flat in <see cref="Invoice.Lines"/>.</summary>
    public ValueList<InvoiceLine> SubLines { get; init; } = ValueList<InvoiceLine>.Empty;
}
