using System.Security.Cryptography;
using System.Text;

namespace Cordon.Storage;

/// <summary>How a row's result is kept apart from its scope: the scope JSON is stored once per digest (schema step 5) and
/// put back as the result's last member, "scope", when the row is read.</summary>
internal static class ResultScopes
{
    // A run's rows share one scope string: the digest of the last one seen is kept so 100,000 rows hash it once.
    private static volatile Digested? s_last;

    /// <summary>The SHA-256 of the scope JSON, hex.</summary>
    public static string Digest(string scope)
    {
        if (s_last is { } last && ReferenceEquals(last.Scope, scope))
        {
            return last.Digest;
        }

        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(scope)));
        s_last = new Digested(scope, digest);
        return digest;
    }

    /// <summary>The whole result: <paramref name="result"/> (a JSON object written without "scope") with the scope appended.</summary>
    public static string Whole(string result, string? scope)
    {
        if (scope is null)
        {
            return result;
        }

        var body = result.AsSpan().TrimEnd();
        if (body is not ['{', .., '}'])
        {
            throw new InvalidDataException("a stored result is not a JSON object");
        }

        var inner = body[1..^1].Trim();
        return new StringBuilder(inner.Length + scope.Length + 12).Append('{').Append(inner).Append(inner.IsEmpty ? "" : ",")
            .Append("\"scope\":").Append(scope).Append('}').ToString();
    }

    private sealed record Digested(string Scope, string Digest);
}
