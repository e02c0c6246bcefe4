namespace Cordon.Application.Loading;

/// <summary>Why a knowledge base could not be loaded; each host maps it to an exit code or a start-up error.</summary>
public enum KnowledgeBaseFailure
{
    /// <summary>Loaded.</summary>
    None,

    /// <summary>No rules folder was given or found, or the one given does not exist.</summary>
    RulesNotFound,

    /// <summary>The rules have errors (see <c>cordon kb validate</c>).</summary>
    InvalidRules,

    /// <summary>The user's dictionary has a bad row; it is refused as a whole.</summary>
    InvalidDictionary,
}
