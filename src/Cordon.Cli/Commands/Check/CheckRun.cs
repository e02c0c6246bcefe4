using Cordon.Application;
using Cordon.Cli.Infrastructure;
using Cordon.Screening;
using Cordon.Screening.Reporting;
using Spectre.Console;

namespace Cordon.Cli.Commands.Check;

/// <summary>One run of <c>cordon check</c>: writes results in the chosen format and the --svg depictions; the --fail-on verdict is the use case's.</summary>
internal sealed class CheckRun(string format, string? svgFolder, FailOnPolicy failOn)
{
    private int _svgCount;

    public int One(ChemicalChecker checker, string text)
    {
        var result = checker.Check(new QueryRecord(0, text, null, 1));
        Emit(result);
        if (format == "table")
        {
            ResultTable.WriteOne(AnsiConsole.Console, result);
        }
        else
        {
            using var stdout = Console.OpenStandardOutput();
            if (format == "csv")
            {
                using var writer = new StreamWriter(stdout);
                using var csv = new CsvResultWriter(writer);
                csv.Write(result);
            }
            else
            {
                using var json = new JsonResultWriter(stdout, indented: format == "json");
                json.Write(result);
            }
        }

        return failOn.Failed ? ExitCodes.FailOn : ExitCodes.Ok;
    }

    public int Batch(ChemicalChecker checker, string path, string? column)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"cordon check: cannot read {path}: {e.Message}");
            return ExitCodes.Usage;
        }

        using var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
        using var textOut = new StreamWriter(stdout);
        using var json = format is "json" or "jsonl" ? new JsonResultWriter(stdout, indented: false) : null;
        using var csv = format == "csv" ? new CsvResultWriter(textOut) : null;
        var table = format == "table" ? ResultTable.StartBatch() : null;
        var length = stream.Length;
        try
        {
            if (Console.IsErrorRedirected || length < 64 * 1024)
            {
                ChemicalService.CheckFile(checker, stream, path, column, r => Write(r, json, csv, table));
            }
            else
            {
                var progressConsole = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                progressConsole.Progress().Start(context =>
                {
                    var task = context.AddTask(Path.GetFileName(path), maxValue: length);
                    ChemicalService.CheckFile(checker, stream, path, column, r => Write(r, json, csv, table),
                        _ => task.Value = stream.CanSeek ? stream.Position : length);
                    task.Value = length;
                });
            }
        }
        catch (UseCaseException e)
        {
            Console.Error.WriteLine($"cordon check: {e.Message}");
            return ExitCodes.Usage;
        }

        if (table is not null)
        {
            AnsiConsole.Write(table);
        }

        return failOn.Failed ? ExitCodes.FailOn : ExitCodes.Ok;
    }

    private void Write(CheckResult result, JsonResultWriter? json, CsvResultWriter? csv, Spectre.Console.Table? table)
    {
        Emit(result);
        json?.Write(result);
        csv?.Write(result);
        if (table is not null)
        {
            ResultTable.AddRow(table, result);
        }
    }

    // Side effects every format shares: --fail-on and --svg.
    private void Emit(CheckResult result)
    {
        failOn.Observe(result);

        if (svgFolder is null || Depiction.ForHit(result) is not { } svg)
        {
            return;
        }

        Directory.CreateDirectory(svgFolder);
        var label = result.Record?.Name ?? result.Findings[0].Substance;
        var safe = string.Concat(label.Select(c => char.IsLetterOrDigit(c) || c == '-' ? c : '_'));
        File.WriteAllText(Path.Combine(svgFolder, $"{++_svgCount:D4}-{safe}.svg"), svg);
    }
}
