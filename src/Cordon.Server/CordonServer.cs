using System.Text.Json;
using System.Threading.RateLimiting;
using Cordon.Application;
using Cordon.Application.Loading;
using Cordon.Application.Rescreening;
using Cordon.Contracts;
using Cordon.Screening.Extraction;
using Cordon.Server.Auth;
using Cordon.Server.Endpoints;
using Cordon.Server.Jobs;
using Cordon.Server.Rescreening;
using Cordon.Storage;
using Cordon.Storage.PostgreSql;
using Cordon.Storage.Sqlite;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Prometheus;
using Scalar.AspNetCore;

namespace Cordon.Server;

/// <summary>Builds Cordon Server: the REST API under /v1 over the application layer and the case store, with keys and roles,
/// audit, rate limits, OpenAPI at /openapi/v1.json (browsable at /scalar), /health and /metrics.</summary>
public static class CordonServer
{
    /// <summary>The rate-limit policy of the login endpoint.</summary>
    public const string LoginLimit = "login";

    /// <summary>Builds the application, migrates the store and, on the first start, creates the admin and prints its token (unless
    /// <paramref name="firstStart"/> is false: a command that only uses the store, such as <c>cordon rescreen</c>).</summary>
    public static async Task<WebApplication> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure = null, bool firstStart = true)
    {
        var builder = WebApplication.CreateBuilder(args);
        // ASP.NET Core logs every request at Information, several lines each: under load that console output costs more than
        // a check. Its default here is Warning, first among the sources so that settings files and environment variables
        // (Logging__LogLevel__Microsoft.AspNetCore=Information) still override it.
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?> { ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning" },
        });
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string>
        {
            ["--database"] = "Cordon:Database", ["--data"] = "Cordon:DataDirectory", ["--rules"] = "Cordon:Rules", ["--watchlist"] = "Cordon:Watchlists:0",
        });
        configure?.Invoke(builder);
        // Settings are read through options, after every configuration source (tests override them) is in place.
        builder.Services.Configure<ServerSettings>(builder.Configuration.GetSection("Cordon"));
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<ServerSettings>>((k, s) => k.Limits.MaxRequestBodySize = s.Value.MaxUploadBytes);
        builder.Services.AddOptions<FormOptions>().Configure<IOptions<ServerSettings>>((f, s) => f.MultipartBodyLengthLimit = s.Value.MaxUploadBytes);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower;
        });

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ICaseStore>(s =>
        {
            var settings = s.GetRequiredService<IOptions<ServerSettings>>().Value;
            if (settings.Database is { Length: > 0 } database)
            {
                return new PostgreSqlCaseStore(database);
            }

            Directory.CreateDirectory(settings.DataDirectory);
            return new SqliteCaseStore(Path.Combine(settings.DataDirectory, "cases.db"));
        });
        builder.Services.AddSingleton(s => LoadKnowledgeBase(s.GetRequiredService<IOptions<ServerSettings>>().Value.Rules));
        builder.Services.AddSingleton(s => new Cordon.Application.Rules.KnowledgeBaseCatalog(s.GetRequiredService<Cordon.Regulation.KnowledgeBase>()));
        builder.Services.AddSingleton(s => new Cordon.Application.Rules.KnowledgeBaseHistory(s.GetRequiredService<ICaseStore>(),
            s.GetRequiredService<Cordon.Regulation.KnowledgeBase>(), RulesFolder.Find(s.GetRequiredService<IOptions<ServerSettings>>().Value.Rules)!,
            s.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<OpsinClient>();
        builder.Services.AddSingleton<INameToStructure>(s => s.GetRequiredService<OpsinClient>());
        builder.Services.AddSingleton(s => new ChemicalService(s.GetRequiredService<Cordon.Regulation.KnowledgeBase>(), s.GetRequiredService<INameToStructure>(),
            s.GetRequiredService<TimeProvider>(),
            s.GetRequiredService<IOptions<ServerSettings>>().Value.CheckCacheEntries is > 0 and var entries ? new CheckResultCache(entries, CheckCacheMetrics.Observe) : null));
        // Matches, jobs and re-screens use the configured lists for every team, else each team's imported lists (the policy of
        // WatchListSource, which the CLI follows too); runs record the version used, for re-screening.
        builder.Services.AddSingleton(s => new TeamWatchLists(
            s.GetRequiredService<IOptions<ServerSettings>>().Value.Watchlists.Where(w => !string.IsNullOrWhiteSpace(w)).ToList(), s.GetRequiredService<ICaseStore>()));
        builder.Services.AddSingleton(s => new ScreeningService(s.GetRequiredService<ChemicalService>(), s.GetRequiredService<TeamWatchLists>()));
        builder.Services.AddSingleton(s => new Cordon.Application.Network.NetworkService(s.GetRequiredService<ScreeningService>()));
        builder.Services.AddSingleton(s => new Cordon.Application.Network.TeamNetworks(s.GetRequiredService<ICaseStore>(),
            s.GetRequiredService<Cordon.Application.Network.NetworkService>(), s.GetRequiredService<TeamWatchLists>()));
        builder.Services.AddSingleton(s => new ClearanceService(s.GetRequiredService<ICaseStore>(), s.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton(s => new ScreeningJobs(s.GetRequiredService<ICaseStore>(), s.GetRequiredService<ScreeningService>(),
            Path.Combine(s.GetRequiredService<IOptions<ServerSettings>>().Value.DataDirectory, "uploads"), s.GetRequiredService<TimeProvider>(),
            s.GetRequiredService<Cordon.Application.Network.NetworkService>()));
        builder.Services.AddSingleton<JobQueue>();
        builder.Services.AddHostedService<JobWorker>();
        builder.Services.AddSingleton<WarmUpWorker>();
        builder.Services.AddHostedService(s => s.GetRequiredService<WarmUpWorker>());
        builder.Services.AddSingleton(s => new RetroHunt(s.GetRequiredService<ICaseStore>(), s.GetRequiredService<ScreeningService>(),
            s.GetRequiredService<TimeProvider>()) { Networks = s.GetRequiredService<Cordon.Application.Network.NetworkService>() });
        builder.Services.AddSingleton<RescreenWorker>();
        builder.Services.AddHostedService(s => s.GetRequiredService<RescreenWorker>());

        JwtAuthentication.Add(builder.Services);
        builder.Services.AddAuthorization(Policies.Add);
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<ServerSettings>>((options, settings) =>
        {
            var perMinute = settings.Value.RequestsPerMinute;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, token) =>
                await context.HttpContext.Response.WriteAsJsonAsync(new Problem("too many requests: slow down and retry"), token);
            // Per key once authenticated (the limiter runs after authentication), else per address: a caller cannot make
            // itself new partitions by sending new header values.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => RateLimitPartition.GetFixedWindowLimiter(
                http.User.FindFirst(Caller.KeyClaim)?.Value is { } key ? "key:" + key : "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "?"),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) }));
            options.AddPolicy(LoginLimit, http => RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "?",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 20, Window = TimeSpan.FromMinutes(1) }));
        });
        builder.Services.AddOpenApi();
        builder.Services.AddProblemDetails();
        // Unreadable bodies and parameters raise BadHttpRequestException in every environment, so they all get a message.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);

        var app = builder.Build();
        JwtAuthentication.CheckConfiguration(app.Services);
        // A body the API cannot read is the caller's error, said in words (the JSON reader's message names the place);
        // anything else is a 500 that leaks no internals.
        app.UseExceptionHandler(handler => handler.Run(async http =>
        {
            var error = http.Features.Get<IExceptionHandlerFeature>()?.Error;
            if (error is Microsoft.AspNetCore.Http.BadHttpRequestException bad)
            {
                http.Response.StatusCode = bad.StatusCode;
                var detail = bad.InnerException is { } inner ? $"{bad.Message}: {inner.Message}" : bad.Message;
                await http.Response.WriteAsJsonAsync(new Problem(detail));
                return;
            }

            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await http.Response.WriteAsJsonAsync(new Problem("internal error; the server log has the details"));
        }));
        WebAppEndpoints.UseFiles(app);
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseHttpMetrics();

        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference().AllowAnonymous();
        app.MapMetrics().RequireAuthorization(Policies.Viewer);
        HealthEndpoints.Map(app);
        var v1 = app.MapGroup("/v1");
        CheckEndpoints.Map(v1);
        ScreenEndpoints.Map(v1);
        CaseEndpoints.Map(v1);
        AssignmentEndpoints.Map(v1);
        KbEndpoints.Map(v1);
        AuditEndpoints.Map(v1);
        AdminEndpoints.Map(v1);
        MatchEndpoints.Map(v1);
        RescreenEndpoints.Map(v1);
        PartyClearanceEndpoints.Map(v1);
        ListEndpoints.Map(v1);
        DepictEndpoints.Map(v1);
        OverviewEndpoints.Map(v1);
        NetworkEndpoints.Map(v1);

        var store = app.Services.GetRequiredService<ICaseStore>();
        await store.MigrateAsync();
        if (firstStart)
        {
            await FirstStartAsync(store, app.Services.GetRequiredService<TimeProvider>(), app.Services.GetRequiredService<IOptions<ServerSettings>>().Value,
                app.Logger);
        }

        await RecordKnowledgeBaseAsync(app.Services.GetRequiredService<Cordon.Application.Rules.KnowledgeBaseHistory>(), app.Logger);
        return app;
    }

    private static Cordon.Regulation.KnowledgeBase LoadKnowledgeBase(string? rules)
    {
        var load = KnowledgeBaseSource.Load(rules);
        return load.Failure switch
        {
            KnowledgeBaseFailure.None => load.KnowledgeBase!,
            KnowledgeBaseFailure.RulesNotFound => throw new InvalidOperationException($"{load.Error}: set Cordon:Rules or CORDON_RULES"),
            _ => throw new InvalidOperationException($"the knowledge base in {load.Folder} has errors; run 'cordon kb validate'"),
        };
    }

    // Each version loaded is kept once with its rules files, so that GET /v1/kb/diff can compare it with a later one. A failure
    // to record costs that comparison, not the service: it is logged, and the server starts.
    private static async Task RecordKnowledgeBaseAsync(Cordon.Application.Rules.KnowledgeBaseHistory history, ILogger logger)
    {
        try
        {
            if (await history.RecordCurrentAsync("cordon"))
            {
                logger.LogInformation("knowledge base {Version} recorded (first load of this version)", history.CurrentVersion);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException)
        {
            logger.LogWarning(e, "could not record knowledge base {Version}; it cannot be compared later", history.CurrentVersion);
        }
    }

    // With no user yet, an admin is created and its token printed once (and kept only as a hash).
    private static async Task FirstStartAsync(ICaseStore store, TimeProvider time, ServerSettings settings, ILogger logger)
    {
        if (await store.HasUsersAsync())
        {
            return;
        }

        var now = time.GetUtcNow();
        var admin = await store.CreateUserAsync("default", "admin", Role.Admin, null, now)
                    ?? throw new InvalidOperationException("could not create the first admin");
        var (key, token) = Tokens.Issue(admin.Tenant, admin.Id, Role.Admin, "first start", now, null);
        await store.CreateApiKeyAsync(key);
        await store.AppendAuditAsync(admin.Tenant, now, "cordon", "user.create", $"user:{admin.Id}", null, "{\"name\":\"admin\",\"role\":\"admin\"}");
        Console.Out.WriteLine($"cordon serve: first start: created user 'admin'; its API token (shown once, keep it):{Environment.NewLine}  {token}");
        logger.LogInformation("first start: created the admin user (data in {Data})", settings.DataDirectory);
    }
}
