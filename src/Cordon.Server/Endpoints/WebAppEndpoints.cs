using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Cordon.Server.Endpoints;

/// <summary>The web application as static files (anonymous: they hold no data, every datum comes from /v1 with a token), with
/// index.html for <c>/</c> and any unknown non-API path (the application routes in the browser); without a build, <c>/</c>
/// says how to make one.</summary>
internal static class WebAppEndpoints
{
    /// <summary>Only this origin: Ketcher's structure engine compiles WebAssembly ('wasm-unsafe-eval', not 'unsafe-eval') in a
    /// worker served from here, its styles are injected at run time, and it draws images as data: and blob: URLs; nothing is
    /// ever fetched from elsewhere.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; " +
        "frame-ancestors 'none'; form-action 'self'";

    // The server's own paths: an unknown one stays a 404, never the web page.
    private static readonly string[] ServerPaths = ["/v1", "/openapi", "/scalar", "/health", "/metrics"];

    private const string NotBuilt =
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Cordon</title></head><body>" +
        "<h1>Cordon Server</h1><p>The web application is not built. Build it with <code>cd web &amp;&amp; npm ci &amp;&amp; npm run build</code> " +
        "(or run <code>./cordon serve</code>, which builds it when npm is available), or point <code>Cordon:WebRoot</code> at a build. " +
        "The API is at <a href=\"/scalar\">/scalar</a>.</p></body></html>";

    /// <summary>Serves the files (before authentication, so they cost no token lookup) and maps the fallback.</summary>
    public static void UseFiles(WebApplication app)
    {
        var root = WebRootFolder.Find(app.Services.GetRequiredService<IOptions<ServerSettings>>().Value.WebRoot);
        if (root is not null)
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(root),
                OnPrepareResponse = context =>
                {
                    context.Context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
                    // Vite names assets by content hash: they never change; index.html is looked at every time.
                    context.Context.Response.Headers.CacheControl = context.Context.Request.Path.StartsWithSegments("/assets")
                        ? "public, max-age=31536000, immutable" : "no-cache";
                },
            });
        }

        app.MapFallback(async http =>
        {
            var path = http.Request.Path;
            if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)
                || ServerPaths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            http.Response.Headers.CacheControl = "no-cache";
            http.Response.ContentType = "text/html; charset=utf-8";
            if (root is null)
            {
                await http.Response.WriteAsync(NotBuilt);
                return;
            }

            await http.Response.SendFileAsync(Path.Combine(root, WebRootFolder.Index));
        })
        .AllowAnonymous().WithName("web-app").WithSummary("The web application's page (index.html) for / and any path it routes").ExcludeFromDescription();
    }
}
