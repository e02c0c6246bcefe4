using System.Net;
using System.Net.Http.Json;
using Cordon.Server.Auth;
using Cordon.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Cordon.Server.Tests;

/// <summary>Every endpoint declares a policy, and every endpoint × role is tried: the roles the policy admits get through,
/// the others get 401 (not signed in) or 403.</summary>
public sealed class EndpointRoleMatrixTests : IDisposable
{
    private static readonly Role?[] Callers = [null, Role.Viewer, Role.Analyst, Role.Supervisor, Role.Admin];
    private readonly ServerFactory _factory = new(postgres: null);

    public void Dispose() => _factory.Dispose();

    // One request per endpoint, by "METHOD route pattern"; a new endpoint without a row here fails the test.
    private static readonly Dictionary<string, Func<string, HttpRequestMessage>> Requests = new()
    {
        ["GET /health"] = _ => Get("/health"),
        ["GET /openapi/{documentName}.json"] = _ => Get("/openapi/v1.json"),
        ["GET /scalar/{documentName?}"] = _ => Get("/scalar"),
        ["GET /scalar/scalar.js"] = _ => Get("/scalar/scalar.js"),
        ["GET /scalar/scalar.aspnetcore.js"] = _ => Get("/scalar/scalar.aspnetcore.js"),
        ["GET /scalar/favicon.svg"] = _ => Get("/scalar/favicon.svg"),
        ["GET /metrics"] = _ => Get("/metrics"),
        ["POST /v1/check"] = _ => Post("/v1/check", new { query = "fentanyl" }),
        ["POST /v1/depict"] = _ => Post("/v1/depict", new { smiles = "O=C1CCNCC1", atoms = new[] { 0, 1 } }),
        ["GET /v1/overview"] = _ => Get("/v1/overview"),
        ["POST /v1/match"] = _ => Post("/v1/match", new { queries = new[] { new { name = "Boyle Chemical Co Ltd" } } }),
        ["GET /v1/lists"] = _ => Get("/v1/lists"),
        ["POST /v1/lists"] = _ => new HttpRequestMessage(HttpMethod.Post, "/v1/lists") { Content = ListUpload() },
        ["GET /v1/parties/clearances"] = _ => Get("/v1/parties/clearances"),
        ["POST /v1/parties/clearances"] = _ => Post("/v1/parties/clearances", new { party = "Matrix Co", list = "OFAC-SDN", entry_id = "no-such-entry", note = "matrix" }),
        ["POST /v1/parties/clearances/revoke"] = _ => Post("/v1/parties/clearances/revoke", new { party = "Matrix Co", list = "OFAC-SDN", entry_id = "1", reason = "matrix" }),
        ["POST /v1/screen"] = _ => new HttpRequestMessage(HttpMethod.Post, "/v1/screen") { Content = Upload() },
        ["GET /v1/jobs"] = _ => Get("/v1/jobs"),
        ["GET /v1/jobs/{id}"] = _ => Get("/v1/jobs/0123456789abcdef0123456789abcdef"),
        ["GET /v1/jobs/{id}/rows"] = _ => Get("/v1/jobs/0123456789abcdef0123456789abcdef/rows"),
        ["GET /v1/queue"] = _ => Get("/v1/queue"),
        ["GET /v1/rows/{id:long}"] = _ => Get("/v1/rows/1"),
        ["POST /v1/rows/{id:long}/disposition"] = _ => Post("/v1/rows/1/disposition", new { disposition = "held", note = "matrix", version = 0 }),
        ["POST /v1/rows/{id:long}/assign"] = _ => Post("/v1/rows/999999999/assign", new { assignee = (string?)null, version = 0 }),
        ["GET /v1/kb"] = _ => Get("/v1/kb"),
        ["GET /v1/kb/substances"] = _ => Get("/v1/kb/substances?q=fentanyl"),
        ["GET /v1/kb/substances/{id}"] = _ => Get("/v1/kb/substances/us.schedule-ii.fentanyl"),
        ["GET /v1/kb/definitions"] = _ => Get("/v1/kb/definitions?jurisdiction=US"),
        ["GET /v1/kb/definitions/{id}"] = _ => Get("/v1/kb/definitions/no-such-definition"),
        ["GET /v1/kb/versions"] = _ => Get("/v1/kb/versions"),
        ["GET /v1/kb/diff"] = _ => Get("/v1/kb/diff?from=2001.01.01%2Bdeadbeef&to=2001.01.01%2Bdeadbeef"),
        ["GET /v1/audit"] = _ => Get("/v1/audit"),
        ["POST /v1/auth/login"] = user => Post("/v1/auth/login", new { name = user, password = "matrix password 1" }),
        ["GET /v1/me"] = _ => Get("/v1/me"),
        ["GET /{*path:nonfile}"] = _ => Get("/check"),
        ["GET /v1/users"] = _ => Get("/v1/users"),
        ["POST /v1/users"] = _ => Post("/v1/users", new { name = $"u-{Guid.NewGuid():N}"[..12], role = "viewer" }),
        ["GET /v1/keys"] = _ => Get("/v1/keys"),
        ["POST /v1/keys"] = _ => Post("/v1/keys", new { label = "matrix", role = "viewer" }),
        ["DELETE /v1/keys/{id}"] = _ => new HttpRequestMessage(HttpMethod.Delete, "/v1/keys/0000000000000000"),
        ["GET /v1/rescreens"] = _ => Get("/v1/rescreens"),
        ["GET /v1/rescreens/{id}"] = _ => Get("/v1/rescreens/0123456789abcdef0123456789abcdef"),
        ["POST /v1/rescreens"] = _ => new HttpRequestMessage(HttpMethod.Post, "/v1/rescreens"),
        ["GET /v1/network"] = _ => Get("/v1/network"),
        ["GET /v1/network/parties"] = _ => Get("/v1/network/parties?q=boyle"),
        ["GET /v1/network/parties/{id}"] = _ => Get("/v1/network/parties/P0000000000"),
        ["GET /v1/network/neighbourhood"] = _ => Get("/v1/network/neighbourhood?party=P0000000000"),
        ["GET /v1/network/shared-suppliers"] = _ => Get("/v1/network/shared-suppliers?party=P0000000000"),
        ["GET /v1/network/paths"] = _ => Get("/v1/network/paths?party=P0000000000"),
        ["GET /v1/network/top"] = _ => Get("/v1/network/top"),
        ["GET /v1/network/communities"] = _ => Get("/v1/network/communities"),
        ["GET /v1/network/export"] = _ => Get("/v1/network/export?format=csv"),
        ["GET /v1/network/decisions"] = _ => Get("/v1/network/decisions"),
        ["POST /v1/network/decisions"] = _ => Post("/v1/network/decisions", new { kind = "split", key = "matrix a|CN", other_key = "matrix b|CN", note = "matrix" }),
        ["GET /v1/rows/{id:long}/network"] = _ => Get("/v1/rows/999999999/network"),
    };

    [Fact]
    public async Task Every_endpoint_admits_exactly_the_roles_its_policy_names()
    {
        var endpoints = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => (Key: $"{m} /{e.RoutePattern.RawText!.TrimStart('/')}", Endpoint: e)))
            .ToList();
        Assert.NotEmpty(endpoints);
        Assert.Empty(endpoints.Select(e => e.Key).Except(Requests.Keys));

        var user = $"login-{Guid.NewGuid():N}"[..16];
        await _factory.Store.CreateUserAsync("default", user, Role.Viewer, PasswordHashing.Hash("matrix password 1"), DateTimeOffset.UtcNow);
        var clients = new Dictionary<Role, HttpClient>();
        foreach (var role in Enum.GetValues<Role>())
        {
            clients[role] = await _factory.ClientAsync(role);
        }

        using var anonymous = _factory.CreateClient();
        var failures = new List<string>();
        foreach (var (key, endpoint) in endpoints)
        {
            var anonymousAllowed = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policy = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).FirstOrDefault(p => p is not null);
            if (!anonymousAllowed && policy is null)
            {
                failures.Add($"{key}: no policy declared");
                continue;
            }

            foreach (var caller in Callers)
            {
                var client = caller is { } role ? clients[role] : anonymous;
                using var response = await client.SendAsync(Requests[key](user));
                var allowed = anonymousAllowed || (caller is { } r && r >= Policies.Least[policy!]);
                var refused = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
                var expectedRefusal = caller is null ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;
                if (allowed == refused || (!allowed && response.StatusCode != expectedRefusal))
                {
                    failures.Add($"{key} as {caller?.ToString() ?? "anonymous"}: {(int)response.StatusCode} (policy {policy ?? "anonymous"})");
                }
            }
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    private static HttpRequestMessage Post(string path, object body) => new(HttpMethod.Post, path) { Content = JsonContent.Create(body) };

    private static MultipartFormDataContent ListUpload()
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent("name,aliases,country,id,notes\nMatrix Holdings,,PA,M-1,matrix\n"u8.ToArray()), "file", "matrix-list.csv");
        return form;
    }

    private static MultipartFormDataContent Upload()
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent("id,description\n1,acetone 200 L\n"u8.ToArray()), "file", "matrix.csv");
        return form;
    }
}
