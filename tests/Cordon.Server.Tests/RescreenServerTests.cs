using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cordon.Storage;

namespace Cordon.Server.Tests;

/// <summary>Retro-hunting through the server, once per store: a server started with new rules re-screens the runs an earlier
/// start stored under older ones, in the background, and the changed rows come up in the queue with <c>raised=true</c>.</summary>
public abstract class RescreenServerTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"cordon-rescreen-server-{Guid.NewGuid():N}");

    protected abstract string? Postgres();

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    [Fact]
    public async Task A_restart_with_new_rules_rescreens_in_the_background_and_raises_the_changed_row_in_the_queue()
    {
        var database = Postgres();
        string run;
        using (var before = Factory(database, RetroHuntFixture.OlderRules))
        {
            using var analyst = await before.ClientAsync(Role.Analyst);
            run = await ServerContractTests.SubmitAsync(analyst, RetroHuntFixture.Declarations());
            Assert.Equal("complete", (await ServerContractTests.WaitAsync(analyst, run)).GetProperty("status").GetString());
            using var none = await analyst.GetFromJsonAsync<JsonDocument>("/v1/queue?raised=true");
            Assert.Equal(0, none!.RootElement.GetProperty("total").GetInt32());
        }

        using var after = Factory(database, Path.Combine(ServerContractTests.RepoRoot(), "rules"));
        using var supervisor = await after.ClientAsync(Role.Supervisor);
        var status = await WaitForRescreenAsync(supervisor);
        Assert.Equal("complete", status.GetProperty("status").GetString());
        Assert.Equal((1, 4, 1, 0), (status.GetProperty("runs_done").GetInt32(), status.GetProperty("rows_checked").GetInt32(),
            status.GetProperty("rows_changed").GetInt32(), status.GetProperty("rows_not_rescreenable").GetInt32()));

        using var queue = await supervisor.GetFromJsonAsync<JsonDocument>("/v1/queue?raised=true");
        var row = queue!.RootElement.GetProperty("rows").EnumerateArray().Single();
        Assert.Equal(("controlled", run), (row.GetProperty("status").GetString(), row.GetProperty("job").GetString()));
        Assert.StartsWith("new since kb ", row.GetProperty("raised").GetProperty("reason").GetString());
        Assert.Contains(RetroHuntFixture.RemovedEntry, row.GetProperty("raised").GetProperty("cause").GetRawText());
        using var jobRows = await supervisor.GetFromJsonAsync<JsonDocument>($"/v1/jobs/{run}/rows?raised=true");
        Assert.Equal(1, jobRows!.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await supervisor.GetAsync("/v1/queue?raised=yes")).StatusCode);

        // On demand: nothing is out of date any more, so the new re-screen has nothing to do; starting it is audited.
        var started = await supervisor.PostAsync("/v1/rescreens", null);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        using var body = JsonDocument.Parse(await started.Content.ReadAsStringAsync());
        Assert.Equal(0, body.RootElement.GetProperty("runs_total").GetInt32());
        using var audit = await supervisor.GetFromJsonAsync<JsonDocument>($"/v1/audit?action=rescreen.start&target=rescreen:{body.RootElement.GetProperty("id").GetString()}");
        Assert.Single(audit!.RootElement.GetProperty("entries").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync("/v1/rescreens/0123456789abcdef0123456789abcdef")).StatusCode);
    }

    private ServerFactory Factory(string? database, string rules)
    {
        var factory = new ServerFactory(database, new Dictionary<string, string> { ["Cordon:DataDirectory"] = _data, ["Cordon:Rules"] = rules });
        _ = factory.Server;
        return factory;
    }

    private static async Task<JsonElement> WaitForRescreenAsync(HttpClient client)
    {
        for (var i = 0; i < 1200; i++)
        {
            using var list = await client.GetFromJsonAsync<JsonDocument>("/v1/rescreens");
            var rescreens = list!.RootElement.GetProperty("rescreens").EnumerateArray().ToList();
            if (rescreens.Count > 0 && rescreens[0].GetProperty("status").GetString() is "complete" or "failed")
            {
                return rescreens[0].Clone();
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the re-screen did not finish");
    }
}
