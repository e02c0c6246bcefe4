namespace Cordon.Server.Endpoints;

/// <summary>The checks every endpoint with query parameters makes first, so that they fail closed alike: an unknown parameter
/// or one given twice is refused, naming it, instead of being ignored.</summary>
internal static class QueryParameters
{
    /// <summary>Why the query is refused, or null when it names only <paramref name="keys"/>, each at most once.</summary>
    public static string? Refusal(IQueryCollection query, IReadOnlyCollection<string> keys)
    {
        if (query.Keys.FirstOrDefault(k => !keys.Contains(k, StringComparer.Ordinal)) is { } unknown)
        {
            return $"unknown parameter '{unknown}': expected {string.Join(", ", keys)}";
        }

        return query.FirstOrDefault(p => p.Value.Count > 1) is { Key: { } repeated } ? $"'{repeated}' is given more than once" : null;
    }

    /// <summary>The trimmed value of <paramref name="key"/>, or null when it is absent or empty.</summary>
    public static string? Value(IQueryCollection query, string key) => query[key].ToString() is { Length: > 0 } text ? text.Trim() : null;
}
