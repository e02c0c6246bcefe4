using System.Globalization;
using BenchmarkDotNet.Running;

namespace Cordon.Benchmarks;

/// <summary>Entry point: <c>generate-declarations N PATH</c> writes the screening benchmark's input; anything else goes to
/// BenchmarkDotNet (--filter, --job).</summary>
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

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
