namespace Cordon.Application;

/// <summary>A request naming a record the caller's team does not have (a list, an entry, a standing clearance). Hosts map it
/// to exit code 2 or HTTP 404.</summary>
public sealed class UnknownRecordException(string message) : Exception(message);
