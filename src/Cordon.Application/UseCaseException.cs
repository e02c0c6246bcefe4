namespace Cordon.Application;

/// <summary>A request a use case refuses (a bad option, an unreadable file): the message names the input and what is wrong.
/// Hosts map it to exit code 2 or HTTP 400.</summary>
public sealed class UseCaseException : Exception
{
    /// <summary>A refusal not tied to one option.</summary>
    public UseCaseException(string message) : base(message)
    {
        Detail = message;
    }

    /// <summary>A refusal of one option's value; the message is "OPTION DETAIL", and each host names the option its own way
    /// (<c>--map</c> on the command line, <c>map</c> in the API).</summary>
    public UseCaseException(string option, string detail) : base($"{option} {detail}")
    {
        Option = option;
        Detail = detail;
    }

    /// <summary>The option refused, or null.</summary>
    public string? Option { get; }

    /// <summary>What is wrong, without the option's name.</summary>
    public string Detail { get; }
}
