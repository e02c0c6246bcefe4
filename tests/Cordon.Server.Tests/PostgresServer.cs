using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Cordon.Server.Tests;

/// <summary>A throwaway PostgreSQL server (Debian's postgresql) for the tests: a new cluster in a temp folder, on a free
/// local port, stopped and deleted at the end. CORDON_TEST_POSTGRES (a connection string) uses a running server instead.</summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string? _folder;
    private readonly string? _bin;
    private readonly bool _asPostgresUser;
    private int _databases;

    public PostgresServer()
    {
        if (Environment.GetEnvironmentVariable("CORDON_TEST_POSTGRES") is { Length: > 0 } given)
        {
            AdminConnection = given;
            return;
        }

        _bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault()
            : null;
        if (_bin is null)
        {
            throw new InvalidOperationException("PostgreSQL is not installed (Debian package postgresql; scripts/install-deps.sh installs it)");
        }

        // initdb refuses to run as root: the cluster then belongs to the postgres system user.
        _asPostgresUser = Environment.UserName == "root";
        _folder = Path.Combine(Path.GetTempPath(), $"cordon-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);
        if (_asPostgresUser)
        {
            Run("chown", "postgres", _folder);
        }

        var data = Path.Combine(_folder, "data");
        Port = FreePort();
        Pg("initdb", "-D", data, "-U", "cordon", "-A", "trust", "--no-sync", "-E", "UTF8");
        Pg("pg_ctl", "-D", data, "-l", Path.Combine(_folder, "log"), "-w", "-o",
            $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start");
        AdminConnection = $"Host=127.0.0.1;Port={Port};Username=cordon;Database=postgres;Pooling=false";
    }

    /// <summary>The port it listens on (0 with CORDON_TEST_POSTGRES).</summary>
    public int Port { get; }

    /// <summary>A connection to the maintenance database.</summary>
    public string AdminConnection { get; }

    /// <summary>A new, empty database; its connection string.</summary>
    public string NewDatabase()
    {
        var name = $"cordon_test_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}"[..50];
        using var connection = new NpgsqlConnection(AdminConnection);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        command.ExecuteNonQuery();
        return new NpgsqlConnectionStringBuilder(AdminConnection) { Database = name, Pooling = true }.ToString();
    }

    public void Dispose()
    {
        if (_folder is null)
        {
            return;
        }

        try
        {
            Pg("pg_ctl", "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop");
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private void Pg(string tool, params string[] arguments)
    {
        var path = Path.Combine(_bin!, tool);
        if (_asPostgresUser)
        {
            Run("runuser", ["-u", "postgres", "--", path, .. arguments]);
        }
        else
        {
            Run(path, arguments);
        }
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}{output.Result}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
