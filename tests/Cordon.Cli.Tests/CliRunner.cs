using System.Diagnostics;

namespace Cordon.Cli.Tests;

/// <summary>Runs the built cordon CLI as a separate process, as a user would.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        // Hermetic: no test sees the user's own store unless it passes --store.
        start.Environment["CORDON_STORE"] = Path.Combine(Path.GetTempPath(), "cordon-tests-no-store", "cordon.db");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "cordon.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("cordon did not finish: " + string.Join(' ', args));
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    public static string RepoFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "rules", "kb.yaml")))
            {
                return Path.Combine([dir.FullName, .. parts]);
            }
        }

        throw new DirectoryNotFoundException("repository root");
    }
}
