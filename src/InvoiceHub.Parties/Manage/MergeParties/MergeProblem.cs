namespace InvoiceHub.Parties.Manage.MergeParties;

/// <summary>Why two parties cannot be merged.</summary>
internal enum MergeProblem
{
    NotFound,
    SameParty,
    KindDiffers,
}
