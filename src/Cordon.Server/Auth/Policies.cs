using Cordon.Storage;
using Microsoft.AspNetCore.Authorization;

namespace Cordon.Server.Auth;

/// <summary>The authorisation policies: one per role, each admitting that role and those above it. Every endpoint names one
/// (or is explicitly anonymous).</summary>
public static class Policies
{
    /// <summary>Any signed-in caller.</summary>
    public const string Viewer = "viewer";

    /// <summary>Analysts and above.</summary>
    public const string Analyst = "analyst";

    /// <summary>Supervisors and admins.</summary>
    public const string Supervisor = "supervisor";

    /// <summary>Admins only.</summary>
    public const string Admin = "admin";

    /// <summary>The least role each policy admits.</summary>
    public static readonly IReadOnlyDictionary<string, Role> Least = new Dictionary<string, Role>
    {
        [Viewer] = Role.Viewer, [Analyst] = Role.Analyst, [Supervisor] = Role.Supervisor, [Admin] = Role.Admin,
    };

    /// <summary>Registers the policies.</summary>
    public static void Add(AuthorizationOptions options)
    {
        foreach (var (name, least) in Least)
        {
            options.AddPolicy(name, policy => policy.RequireAuthenticatedUser().RequireAssertion(c => Caller.RoleOf(c.User) >= least));
        }

        // An endpoint that forgets its policy is refused, not open.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireAssertion(_ => false).Build();
    }
}
