// The server's own entry point (`cordon-server`); `cordon serve` builds the same application.
var app = await Cordon.Server.CordonServer.BuildAsync(args);
await app.RunAsync();

/// <summary>The entry point, named for WebApplicationFactory in the tests.</summary>
public partial class Program;
