using Cordon.Application;
using Cordon.Application.Rules;
using Cordon.Regulation.Loading;
using Cordon.Storage;

namespace Cordon.Server.Tests;

/// <summary>A rules snapshot packs the same folder to the same bytes and restores every YAML file as it was; a version loaded
/// again from it compares equal to the knowledge base it was taken from (dictionaries, left out, change nothing the diff
/// reads); a comparison is read from the store once, then from the cache; an unknown version names its parameter.</summary>
public sealed class KnowledgeBaseSnapshotTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"cordon-kb-snapshot-test-{Guid.NewGuid():N}");
    private static readonly string Rules = Path.Combine(ServerContractTests.RepoRoot(), "rules");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void The_same_folder_packs_to_the_same_bytes_and_restores_every_yaml_file_unchanged()
    {
        var packed = KnowledgeBaseSnapshot.Pack(Rules);
        Assert.Equal(packed, KnowledgeBaseSnapshot.Pack(Rules));

        KnowledgeBaseSnapshot.Restore(packed, _folder);
        static Dictionary<string, string> Files(string root) => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllText);
        var restored = Files(_folder);
        var yaml = Files(Rules).Where(f => f.Key.EndsWith(".yaml", StringComparison.Ordinal)).ToDictionary();
        Assert.True(yaml.Count > 40, $"{yaml.Count} YAML files");
        Assert.Equal(yaml.OrderBy(f => f.Key, StringComparer.Ordinal), restored.OrderBy(f => f.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_version_loaded_again_from_its_snapshot_compares_equal_and_the_answer_is_cached()
    {
        var current = RulesLoader.Load(Rules, checkExamples: false).KnowledgeBase;
        var store = new CountingSnapshots(new StoredKbSnapshot(new StoredKbVersion("2000.01.01+old", DateTimeOffset.UnixEpoch, 0, 0), KnowledgeBaseSnapshot.Pack(Rules)));
        using var history = new KnowledgeBaseHistory(store, current, Rules, TimeProvider.System, Path.Combine(_folder, "cache"));

        var diff = await history.CompareAsync("2000.01.01+old", current.Version);
        Assert.Empty(diff.Changes);
        Assert.Same(diff, await history.CompareAsync("2000.01.01+old", current.Version));
        Assert.Equal(1, store.Reads);

        var unknown = await Assert.ThrowsAsync<UnknownRecordException>(() => history.CompareAsync(current.Version, "2000.01.02+none"));
        Assert.StartsWith("to: no knowledge-base version '2000.01.02+none'", unknown.Message, StringComparison.Ordinal);
    }

    private sealed class CountingSnapshots(StoredKbSnapshot kept) : IKbSnapshots
    {
        public int Reads { get; private set; }

        public Task<bool> RecordKbSnapshotAsync(StoredKbSnapshot snapshot, string actor, CancellationToken cancellationToken = default) =>
            Task.FromResult(false);

        public Task<IReadOnlyList<StoredKbVersion>> ListKbVersionsAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<StoredKbVersion>>([kept.Info]);

        public Task<StoredKbSnapshot?> GetKbSnapshotAsync(string version, CancellationToken cancellationToken = default)
        {
            Reads++;
            return Task.FromResult(version == kept.Info.Version ? kept : null);
        }
    }
}
