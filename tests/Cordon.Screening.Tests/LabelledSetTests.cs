using System.Globalization;
using CsvHelper;
using Cordon.Screening.Reporting;

namespace Cordon.Screening.Tests;

/// <summary>The labelled set in Data/labelled-set.csv: listed substances by name, CAS, SMILES; salts; ordinary chemicals; bad input.</summary>
public sealed class LabelledSetTests
{
    public static TheoryData<string, string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string, string>();
        using var reader = new StreamReader(Fixture.DataFile("labelled-set.csv"));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            data.Add(csv.GetField("query")!, csv.GetField("expected_status")!, csv.GetField("expected_ids")!,
                csv.GetField("absent_ids")!, csv.GetField("note")!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Verdict_matches_the_label(string query, string status, string expectedIds, string absentIds, string note)
    {
        var result = Fixture.Check(query);
        var found = result.Findings.Select(f => f.SubstanceId).ToHashSet();
        var context = $"{note}: {result.Message} [{string.Join(", ", found)}]";
        Assert.True(status == ResultNames.Of(result.Status), $"expected {status}, got {ResultNames.Of(result.Status)}; {context}");
        foreach (var id in Split(expectedIds))
        {
            Assert.True(found.Contains(id), $"missing {id}; {context}");
        }

        foreach (var id in Split(absentIds))
        {
            Assert.False(found.Contains(id), $"unexpected {id}; {context}");
        }

        if (status is "clear" or "unresolved")
        {
            Assert.Empty(result.Findings);
        }

        Assert.All(result.Findings, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Citation));
            Assert.False(string.IsNullOrWhiteSpace(f.Clause));
            Assert.False(string.IsNullOrWhiteSpace(f.Match));
        });
        Assert.Equal(Fixture.KnowledgeBase.Version, result.KbVersion);
    }

    private static IEnumerable<string> Split(string ids) => ids.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
