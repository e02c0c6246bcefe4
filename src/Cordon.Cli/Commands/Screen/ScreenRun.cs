using Cordon.Application;
using Cordon.Cli.Infrastructure;
using Cordon.Screening.Declarations;
using Cordon.Screening.Reporting;
using Spectre.Console;

namespace Cordon.Cli.Commands.Screen;

/// <summary>One run of <c>cordon screen</c>: streams rows through the screener into the chosen output.</summary>
internal sealed class ScreenRun(string format, string? outputPath, string kbVersion)
{
    public int Execute(ScreenRequest request, DeclarationScreener screener, bool opsin)
    {
        var path = request.InputName;
        HtmlReportWriter? html = null;
        var title = $"Cordon screen: {Path.GetFileName(path)}";
        using var input = new DeclarationInput(path, request.Encoding, request.Map ?? []);
        var header = input.Header;
        // The header is read (and refused when no column holds the description) before any output is opened.
        if (!input.HasDescription)
        {
            throw new InvalidDataException($"no description column found in {Path.GetFileName(path)} (headers: {string.Join(", ", header!.Headers)}); " +
                $"say which column holds it, e.g. --map \"{input.SuggestDescriptionColumn()}=description\"");
        }

        var records = input.Records();
        using var stream = outputPath is null ? Console.OpenStandardOutput() : File.Create(outputPath);
        using var buffered = new BufferedStream(stream, 1 << 16);
        using var text = new StreamWriter(buffered);
        using var json = format == "jsonl" ? new DeclarationJsonWriter(buffered) : null;
        using var csv = format == "csv" ? new DeclarationCsvWriter(text) : null;
        var htmlOut = format == "html" ? text : null;
        if (htmlOut is not null && header is not null)
        {
            // The report highlights evidence in the description column.
            html = new HtmlReportWriter(htmlOut, title, kbVersion, header.HeaderOf(DeclarationField.Description));
        }

        var table = format == "table" ? new Table().Border(TableBorder.Rounded).AddColumn("Row").AddColumn("Id").AddColumn("Status")
            .AddColumn("Risk").AddColumn("Score").AddColumn("Evidence") : null;
        var counts = new Dictionary<DeclarationStatus, int>();
        void Write(DeclarationResult result)
        {
            counts[result.Status] = counts.GetValueOrDefault(result.Status) + 1;
            json?.Write(result);
            csv?.Write(result);
            html?.Write(result);
            table?.AddRow(result.Record.Row.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(result.Record[DeclarationField.Id] ?? ""),
                result.Status.ToString().ToLowerInvariant(), result.Risk.ToString().ToLowerInvariant(), result.Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(result.Record.Error ?? string.Join("\n", result.Evidence.Where(e => e.Weight > 0).Select(e => e.Explanation))));
        }

        var length = new FileInfo(path).Length;
        if (Console.IsErrorRedirected || length < 256 * 1024)
        {
            ScreeningService.Run(records, screener, Write);
        }
        else
        {
            var progress = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            progress.Progress().Start(context =>
            {
                var task = context.AddTask(Path.GetFileName(path), maxValue: 1);
                task.IsIndeterminate = true;
                ScreeningService.Run(records, screener, Write, n => task.Description = $"{Path.GetFileName(path)}: {n:N0} rows");
                task.IsIndeterminate = false;
                task.Value = 1;
            });
        }

        if (htmlOut is not null)
        {
            (html ?? new HtmlReportWriter(htmlOut, title, kbVersion)).Dispose();
        }
        if (table is not null)
        {
            text.Flush();
            AnsiConsole.Write(table);
        }

        if (!opsin)
        {
            Console.Error.WriteLine("cordon screen: OPSIN (Debian libopsin-java) is not installed; systematic names were reported as unparsed");
        }

        Console.Error.WriteLine("cordon screen: " + string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Value} {c.Key.ToString().ToLowerInvariant()}")));
        return ExitCodes.Ok;
    }
}
