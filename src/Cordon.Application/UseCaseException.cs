namespace Cordon.Application;

/// <summary>A request a use case refuses (a bad option, an unreadable file): the message names the input and what is wrong.
/// Hosts map it to exit code 2 or HTTP 400.</summary>
public sealed class UseCaseException(string message) : Exception(message);
