using Cordon.Screening.Input;

namespace Cordon.Screening.Tests;

/// <summary>False alerts matter as much as misses: RDKit's NCI set (Debian rdkit-data, installed by scripts/test)
/// is ordinary chemistry, and at most 1 % of it may come back suspect.</summary>
public sealed class NciFalseAlertTests
{
    private const string NciSet = "/usr/share/RDKit/Data/NCI/first_5K.smi";

    [Fact]
    public void At_most_one_percent_of_the_nci_set_is_suspect_and_every_record_is_answered()
    {
        Assert.True(File.Exists(NciSet), $"{NciSet} is missing: install Debian rdkit-data (scripts/test does)");
        var counts = new Dictionary<CheckStatus, int>();
        var total = new BatchChecker(Fixture.Checker()).Run(QueryFileReader.Read(NciSet),
            r => counts[r.Status] = counts.GetValueOrDefault(r.Status) + 1);

        Assert.Equal(File.ReadLines(NciSet).Count(l => l.Trim().Length > 0), total);
        var suspects = counts.GetValueOrDefault(CheckStatus.Suspect);
        Assert.True(suspects <= total / 100, $"{suspects} of {total} suspect");
        Assert.True(counts.GetValueOrDefault(CheckStatus.Clear) > total * 0.95, "the NCI set is mostly ordinary chemistry");
    }
}
