namespace Cordon.Storage;

/// <summary>A filter over the audit log (all optional), newest first.</summary>
public sealed record AuditQuery(string? Actor = null, string? Action = null, string? Target = null, DateTimeOffset? From = null,
    DateTimeOffset? To = null, int Limit = 1000);
