using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Cordon.Server.Tests;

/// <summary>The real cordon-server as a separate process (the build beside the tests), so a test can kill it hard and start it
/// again on the same database and data folder.</summary>
public sealed class ServerProcess : IDisposable
{
    private const string TokenLead = "its API token (shown once, keep it):";
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource<string> _token = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _tokenNext;

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>Where it listens.</summary>
    public Uri Address { get; }

    /// <summary>Everything it printed so far (for failure messages).</summary>
    public string Output => string.Join('\n', _output.TakeLast(60));

    /// <summary>Starts the server and waits (bounded) until /health answers.</summary>
    public static async Task<ServerProcess> StartAsync(string? database, string data, TimeSpan timeout)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "cordon-server.dll");
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = ServerContractTests.RepoRoot(),
        };
        string[] arguments = [dll, "--data", data, "--rules", Path.Combine(ServerContractTests.RepoRoot(), "rules"), "--urls", address.ToString()];
        foreach (var argument in database is null ? arguments : [.. arguments, "--database", database])
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        var server = new ServerProcess(process, address);
        process.OutputDataReceived += (_, e) => server.Received(e.Data);
        process.ErrorDataReceived += (_, e) => server.Received(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilHealthyAsync(timeout);
        return server;
    }

    /// <summary>The first admin's token, printed on the first start (bounded wait).</summary>
    public async Task<string> TokenAsync(TimeSpan timeout)
    {
        try
        {
            return await _token.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"the server printed no first-start token within {timeout}; it printed:\n{Output}");
        }
    }

    /// <summary>Kills the process and its children at once: no shutdown, no flush, as a crash or power cut would.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Received(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        if (_tokenNext)
        {
            _tokenNext = false;
            _token.TrySetResult(line.Trim());
        }
        else if (line.Contains(TokenLead, StringComparison.Ordinal))
        {
            _tokenNext = true;
        }
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"cordon-server exited ({_process.ExitCode}) at start:\n{Output}");
            }

            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still starting.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"cordon-server did not answer /health within {timeout}:\n{Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
