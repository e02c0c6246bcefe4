using System.Globalization;
using BenchmarkDotNet.Running;

namespace Cordon.Benchmarks;

/// <summary>Entry point: <c>generate-declarations N PATH</c> writes the screening benchmark's input; <c>cpu-large</c> times party
/// queries on the 300,000-entry list in processor time; anything else goes to BenchmarkDotNet (--filter, --job).</summary>
public static class Program
{
    /// <summary>Runs the benchmarks selected by <paramref name="args"/>, or the generator.</summary>
    public static void Main(string[] args)
    {
        if (args is ["generate-declarations", var rows, var path])
        {
            DeclarationGenerator.Write(path, int.Parse(rows, CultureInfo.InvariantCulture));
            return;
        }

        // On a shared, loaded machine wall-clock figures mislead: this reports the processor time per query as well.
        if (args is ["cpu-large"])
        {
            var large = new LargeListBenchmarks();
            large.Setup();
            for (var i = 0; i < 20; i++)
            {
                large.Match();
            }

            var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            for (var i = 0; i < 50; i++)
            {
                large.Match();
            }

            var used = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
            Console.WriteLine($"cpu-large: {used.TotalMilliseconds / 1000:0.000} ms processor time, {clock.Elapsed.TotalMilliseconds / 1000:0.000} ms wall per query");
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
