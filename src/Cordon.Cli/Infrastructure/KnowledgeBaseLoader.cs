using Cordon.Application.Loading;
using Cordon.Regulation;

namespace Cordon.Cli.Infrastructure;

/// <summary>The CLI's side of <see cref="KnowledgeBaseSource"/>: writes its diagnostics to stderr and maps a failure to an exit code.</summary>
internal static class KnowledgeBaseLoader
{
    /// <summary>The knowledge base (with the user's dictionary when <paramref name="dictionaryOption"/> is given), or null with
    /// the reason on <paramref name="error"/> and the exit code in <paramref name="exitCode"/>.</summary>
    public static KnowledgeBase? Load(string? rulesOption, string? dictionaryOption, TextWriter error, out int exitCode)
    {
        var load = KnowledgeBaseSource.Load(rulesOption, dictionaryOption);
        foreach (var line in load.Diagnostics)
        {
            error.WriteLine(line);
        }

        exitCode = load.Failure switch
        {
            KnowledgeBaseFailure.None => ExitCodes.Ok,
            KnowledgeBaseFailure.InvalidRules => ExitCodes.InvalidRules,
            _ => ExitCodes.Usage,
        };
        if (load.Error is { } reason)
        {
            error.WriteLine(load.Failure == KnowledgeBaseFailure.RulesNotFound
                ? $"cordon: {reason}; pass --rules DIR or set CORDON_RULES"
                : $"cordon: {reason}");
        }

        return load.KnowledgeBase;
    }

    /// <summary>The knowledge base without a user dictionary.</summary>
    public static KnowledgeBase? Load(string? rulesOption, TextWriter error, out int exitCode) => Load(rulesOption, null, error, out exitCode);
}
