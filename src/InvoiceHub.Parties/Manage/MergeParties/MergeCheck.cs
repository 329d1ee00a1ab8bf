using InvoiceHub.Parties.Domain;

namespace InvoiceHub.Parties.Manage.MergeParties;

/// <summary>Whether two parties can be merged; <see cref="Problem"/> is null when they can.</summary>
internal sealed record MergeCheck(MergeProblem? Problem, Party? Survivor, Party? Duplicate);
