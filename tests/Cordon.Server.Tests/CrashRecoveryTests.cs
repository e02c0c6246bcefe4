using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Npgsql;
using Xunit.Abstractions;

namespace Cordon.Server.Tests;

/// <summary>The real server process killed during a 100,000-row job on PostgreSQL: the run has no rows stored (never half),
/// and the restarted server resumes it from its saved upload to exactly 100,000 rows.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CrashRecoveryTests(PostgresServer postgres, ITestOutputHelper output) : IDisposable
{
    private const int Rows = 100_000;
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(3);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"cordon-crash-{Guid.NewGuid():N}");

    [Fact]
    public async Task A_server_killed_mid_job_leaves_no_half_rows_and_the_restart_completes_the_job()
    {
        var database = postgres.NewDatabase();
        var data = Path.Combine(_folder, "data");
        var csv = Path.Combine(_folder, "declarations.csv");
        Directory.CreateDirectory(_folder);
        WriteDeclarations(csv, Rows);

        string token;
        string run;
        JsonElement killed;
        using (var first = await ServerProcess.StartAsync(database, data, Bound))
        {
            token = await first.TokenAsync(Bound);
            using var client = Client(first, token);
            run = await ServerContractTests.SubmitAsync(client, csv);
            // Killed once the job has screened a tenth of the file; a job already past that is killed anyway (the store must then
            // hold all of it).
            killed = await WaitForAsync(client, run, j => Status(j) is "complete" or "failed"
                || (Status(j) == "running" && j.GetProperty("rows_screened").ValueKind == JsonValueKind.Number && j.GetProperty("rows_screened").GetInt64() >= Rows / 10), first);
            first.Kill();
        }

        var (status, stored) = await StoredAsync(database, run);
        var seen = Status(killed);
        output.WriteLine($"killed when the job was {killed}; the database then held run '{status}' with {stored} rows");
        Assert.NotEqual("failed", seen);
        if (seen == "running" && status != "complete")
        {
            Assert.Equal(0, stored);
        }
        else
        {
            Assert.Equal(("complete", (long)Rows), (status, stored));
        }

        using (var second = await ServerProcess.StartAsync(database, data, Bound))
        {
            using var client = Client(second, token);
            var end = Status(await WaitForAsync(client, run, j => Status(j) is "complete" or "failed", second));
            using var job = await client.GetFromJsonAsync<JsonDocument>($"/v1/jobs/{run}");
            Assert.True(end == "complete", $"the resumed job ended '{end}': {job!.RootElement.GetProperty("error")}");
            Assert.Equal(Rows, job!.RootElement.GetProperty("rows").GetInt32());
        }

        Assert.Equal(("complete", (long)Rows), await StoredAsync(database, run));
        Assert.Empty(Directory.GetFiles(Path.Combine(data, "uploads")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static HttpClient Client(ServerProcess server, string token)
    {
        var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    // Polls the job (bounded) until it satisfies the condition; returns it.
    private static async Task<JsonElement> WaitForAsync(HttpClient client, string run, Func<JsonElement, bool> done, ServerProcess server)
    {
        var deadline = DateTime.UtcNow + Bound;
        var status = "";
        while (DateTime.UtcNow < deadline)
        {
            using var job = await client.GetFromJsonAsync<JsonDocument>($"/v1/jobs/{run}");
            status = Status(job!.RootElement);
            if (done(job.RootElement))
            {
                return job.RootElement.Clone();
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"job {run} was still '{status}' after {Bound}; the server printed:\n{server.Output}");
    }

    private static string Status(JsonElement job) => job.GetProperty("status").GetString()!;

    // What the database itself holds for the run: its status and how many rows it has.
    private static async Task<(string Status, long Rows)> StoredAsync(string database, string run)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var status = new NpgsqlCommand("SELECT status FROM runs WHERE id = @id", connection);
        status.Parameters.AddWithValue("id", run);
        await using var count = new NpgsqlCommand("SELECT count(*) FROM case_rows WHERE run_id = @id", connection);
        count.Parameters.AddWithValue("id", run);
        return ((string)(await status.ExecuteScalarAsync())!, (long)(await count.ExecuteScalarAsync())!);
    }

    // Mostly ordinary goods; one row in fifty names a chemical, so the job does real screening work on part of the file.
    private static void WriteDeclarations(string path, int rows)
    {
        string[] goods =
        [
            "cotton t-shirts, 400 cartons", "ceramic floor tiles 20 pallets", "bicycle spare parts", "frozen shrimp 18 t",
            "LED light bulbs 5000 pcs", "wooden office chairs", "plastic storage boxes", "stainless steel cutlery sets",
        ];
        string[] chemistry = ["acetone 200 L", "N-phenethyl-4-piperidone 5 kg", "toluene 1000 L", "potassium permanganate 50 kg", "glucose 25 kg"];
        string[] codes = ["6109.10", "6907.21", "8714.99", "0306.17", "8539.50", "9401.61", "3926.90", "8215.20"];
        var text = new StringBuilder("id,description,hs_code\n");
        for (var i = 0; i < rows; i++)
        {
            var description = i % 50 == 7 ? chemistry[i / 50 % chemistry.Length] : goods[i % goods.Length];
            var code = i % 50 == 7 ? "2914.11" : codes[i % codes.Length];
            text.Append(CultureInfo.InvariantCulture, $"D{i:D6},\"{description}\",{code}\n");
        }

        File.WriteAllText(path, text.ToString());
    }
}
