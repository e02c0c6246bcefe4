using System.Collections.Concurrent;
using System.Diagnostics;

namespace Cordon.Screening.Extraction;

/// <summary>Turns systematic names into SMILES with OPSIN (Debian libopsin-java), run as one long-lived co-process.
/// When OPSIN or Java is missing, <see cref="IsAvailable"/> is false and screening reports the names it could not parse.</summary>
public sealed class OpsinClient : IDisposable
{
    /// <summary>Where Debian installs OPSIN's command-line jar.</summary>
    public const string DefaultJar = "/usr/share/java/opsin.jar";

    // The first answer waits for the JVM to start; later ones for a parse.
    private static readonly TimeSpan FirstTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private const int CacheLimit = 50_000;
    private readonly ConcurrentDictionary<string, string?> _cache = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly string _jar;
    private Process? _process;
    private bool _broken;

    /// <summary>A client for the jar at <paramref name="jar"/> (the process starts on first use).</summary>
    public OpsinClient(string jar = DefaultJar) => _jar = jar;

    /// <summary>True when the jar exists and the co-process has not failed.</summary>
    public bool IsAvailable => !_broken && File.Exists(_jar);

    /// <summary>True when OPSIN is installed (it may still have failed: see <see cref="IsAvailable"/>).</summary>
    public bool IsInstalled => File.Exists(_jar);

    /// <summary>SMILES for the name, or null when OPSIN cannot parse it (or is unavailable).</summary>
    public string? ToSmiles(string name)
    {
        var clean = name.Replace('\n', ' ').Replace('\r', ' ').Trim();
        if (clean.Length == 0 || clean.Length > 500 || !IsAvailable)
        {
            return null;
        }

        if (_cache.TryGetValue(clean, out var known))
        {
            return known;
        }

        var smiles = Ask(clean);
        if (_cache.Count < CacheLimit)
        {
            _cache[clean] = smiles;
        }

        return smiles;
    }

    private string? Ask(string name)
    {
        lock (_gate)
        {
            try
            {
                var first = _process is null;
                var process = _process ??= Start();
                process.StandardInput.WriteLine(name);
                process.StandardInput.Flush();
                var read = process.StandardOutput.ReadLineAsync();
                if (!read.Wait(first ? FirstTimeout : Timeout) || read.Result is null)
                {
                    Fail();
                    return null;
                }

                var smiles = read.Result.Trim();
                return smiles.Length == 0 ? null : smiles;
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or System.ComponentModel.Win32Exception or AggregateException)
            {
                Fail();
                return null;
            }
        }
    }

    private Process Start()
    {
        var start = new ProcessStartInfo("java")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-Xmx256m", "-jar", _jar, "-osmi" })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start java");
        // OPSIN explains failures on stderr; drain it so the pipe never fills.
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    private void Fail()
    {
        _broken = true;
        Stop();
    }

    private void Stop()
    {
        if (_process is null)
        {
            return;
        }

        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
        }

        _process.Dispose();
        _process = null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            Stop();
        }
    }
}
