using Cordon.Regulation;

namespace Cordon.Application.Loading;

/// <summary>The outcome of loading a knowledge base: the knowledge base, or why not.</summary>
/// <param name="KnowledgeBase">The knowledge base; null when <paramref name="Failure"/> is not <see cref="KnowledgeBaseFailure.None"/>.</param>
/// <param name="Failure">Why it could not be loaded.</param>
/// <param name="Folder">The rules folder used, or null when none was found.</param>
/// <param name="Diagnostics">Lines to show the user first, as they are: problems with file and line, ignored dictionary rows.</param>
/// <param name="Error">The one-line reason for a failure (without a host prefix); null on success.</param>
public sealed record KnowledgeBaseLoad(KnowledgeBase? KnowledgeBase, KnowledgeBaseFailure Failure, string? Folder, IReadOnlyList<string> Diagnostics,
    string? Error);
