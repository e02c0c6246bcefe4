using System.Collections.Concurrent;
using System.Diagnostics;

namespace Cordon.Screening.Extraction;

/// <summary>Turns systematic names into SMILES with OPSIN (Debian libopsin-java), run as one long-lived co-process.
/// When OPSIN or Java is missing, <see cref="IsAvailable"/> is false and screening reports the names it could not parse.</summary>
public sealed class OpsinClient : INameToStructure, IDisposable
{
    /// <summary>Where Debian installs OPSIN's command-line jar.</summary>
    public const string DefaultJar = "/usr/share/java/opsin.jar";

    // The first answer waits for the JVM to start; later ones for a parse.
    private static readonly TimeSpan FirstTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private const int CacheLimit = 50_000;
    private readonly BoundedCache<string, string?> _cache = new(CacheLimit, StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly string _jar;
    private Process? _process;
    private BlockingCollection<string?>? _lines;
    private bool _broken;

    /// <summary>A client for the jar at <paramref name="jar"/> (the process starts on first use).</summary>
    public OpsinClient(string jar = DefaultJar) => _jar = jar;

    /// <summary>True when the jar exists and the co-process has not failed.</summary>
    public bool IsAvailable => !_broken && File.Exists(_jar);

    /// <summary>True when OPSIN is installed (it may still have failed: see <see cref="IsAvailable"/>).</summary>
    public bool IsInstalled => File.Exists(_jar);

    /// <summary>SMILES for the name, or null when OPSIN cannot parse it (or is unavailable).</summary>
    public string? ToSmiles(string name) => ToSmiles([name])[0];

    /// <summary>SMILES for each name (null where OPSIN cannot parse it), asked in one exchange: the names not yet known
    /// are written together and the answers read in order, so a row's names cost one round trip.</summary>
    public IReadOnlyList<string?> ToSmiles(IReadOnlyList<string> names)
    {
        var answers = new string?[names.Count];
        var asked = new List<(int Index, string Name)>();
        for (var i = 0; i < names.Count; i++)
        {
            var clean = names[i].Replace('\n', ' ').Replace('\r', ' ').Trim();
            if (clean.Length == 0 || clean.Length > 500 || !IsAvailable)
            {
                continue;
            }

            if (_cache.TryGet(clean, out var known))
            {
                answers[i] = known;
            }
            else
            {
                asked.Add((i, clean));
            }
        }

        if (asked.Count == 0)
        {
            return answers;
        }

        var replies = Ask(asked.Select(a => a.Name).Distinct(StringComparer.Ordinal).ToList());
        foreach (var (index, name) in asked)
        {
            if (replies is not null && replies.TryGetValue(name, out var smiles))
            {
                answers[index] = smiles;
                _cache.Add(name, smiles);
            }
        }

        return answers;
    }

    // One line out per line in; a dedicated reader thread takes OPSIN's answers, so waiting for one never needs a
    // thread-pool thread (the screening workers are thread-pool threads, and blocking them on an async read starved it).
    private Dictionary<string, string?>? Ask(IReadOnlyList<string> names)
    {
        lock (_gate)
        {
            try
            {
                var first = _process is null;
                var process = _process ??= Start();
                foreach (var name in names)
                {
                    process.StandardInput.WriteLine(name);
                }

                process.StandardInput.Flush();
                var replies = new Dictionary<string, string?>(StringComparer.Ordinal);
                foreach (var name in names)
                {
                    if (!_lines!.TryTake(out var line, first ? FirstTimeout : Timeout) || line is null)
                    {
                        Fail();
                        return null;
                    }

                    first = false;
                    var smiles = line.Trim();
                    replies[name] = smiles.Length == 0 ? null : smiles;
                }

                return replies;
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or System.ComponentModel.Win32Exception or ObjectDisposedException)
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
        var lines = new BlockingCollection<string?>();
        var output = process.StandardOutput;
        var reader = new Thread(() =>
        {
            try
            {
                while (output.ReadLine() is { } line)
                {
                    lines.Add(line);
                }
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
            {
                // The process ended; waiting callers time out and mark OPSIN broken.
            }
            finally
            {
                lines.CompleteAdding();
            }
        })
        { IsBackground = true, Name = "opsin-reader" };
        reader.Start();
        _lines = lines;
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
