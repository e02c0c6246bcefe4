using Cordon.Parties.Matching;
using Cordon.Parties.Reading;

namespace Cordon.Parties.Tests;

/// <summary>The real OFAC SDN snapshot in shared/data (beside the repository, as in CI), read once.</summary>
internal static class Snapshot
{
    public static readonly string Folder = Find();

    private static readonly Lazy<WatchList> List = new(() => OfacCsvReader.Read(Folder));
    private static readonly Lazy<PartyMatcher> Index = new(() => new PartyMatcher(List.Value.Entries));

    public static WatchList Sdn => List.Value;

    public static PartyMatcher Matcher => Index.Value;

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "ofac-sdn-2021");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/data/ofac-sdn-2021 not found beside the repository");
    }
}
