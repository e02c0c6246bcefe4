namespace Cordon.Storage;

/// <summary>One line of the append-only audit log: who did what to which thing, and the state before and after.</summary>
public sealed record AuditEntry(long Id, string Tenant, DateTimeOffset At, string Actor, string Action, string Target, string? Before, string? After);
