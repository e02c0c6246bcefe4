using Cordon.Regulation.Loading;

namespace Cordon.Regulation.Tests;

public sealed class RulesCacheTests
{
    [Fact]
    public void A_load_from_the_caches_gives_the_same_knowledge_base_as_one_from_the_yaml()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"cordon-cache-{Guid.NewGuid():N}");
        try
        {
            var fromYaml = RulesLoader.Load(RepoPaths.Rules, checkExamples: false, cacheFolder: folder).KnowledgeBase;
            Assert.Contains(Directory.GetFiles(folder), f => Path.GetFileName(f).StartsWith("rules-", StringComparison.Ordinal));
            Assert.Contains(Directory.GetFiles(folder), f => Path.GetFileName(f).StartsWith("structures-", StringComparison.Ordinal));
            var fromCache = RulesLoader.Load(RepoPaths.Rules, checkExamples: false, cacheFolder: folder).KnowledgeBase;

            Assert.Equal(fromYaml.Version, fromCache.Version);
            Assert.Equal(fromYaml.Substances.Count, fromCache.Substances.Count);
            for (var i = 0; i < fromYaml.Substances.Count; i++)
            {
                var (a, b) = (fromYaml.Substances[i], fromCache.Substances[i]);
                Assert.Equal((a.Id, a.Name, a.Cas, a.Smiles, a.Clause, a.Covers, a.Citation, a.Effective, a.Ended, a.Code, a.Location, a.List?.Id, a.List?.LastAmended),
                    (b.Id, b.Name, b.Cas, b.Smiles, b.Clause, b.Covers, b.Citation, b.Effective, b.Ended, b.Code, b.Location, b.List?.Id, b.List?.LastAmended));
                Assert.Equal(a.Synonyms, b.Synonyms);
                Assert.Equal(a.FormCas, b.FormCas);
                Assert.Equal(a.Structure?.Checked ?? [], b.Structure?.Checked ?? []);
            }

            Assert.Equal(fromYaml.Structures.Select(s => (s.Substance.Id, s.StereoKey, s.FlatKey, s.MirrorKey, s.Formula, s.SkeletonKey)),
                fromCache.Structures.Select(s => (s.Substance.Id, s.StereoKey, s.FlatKey, s.MirrorKey, s.Formula, s.SkeletonKey)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_corrupt_cache_is_ignored()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"cordon-cache-{Guid.NewGuid():N}");
        try
        {
            var expected = RulesLoader.Load(RepoPaths.Rules, checkExamples: false, cacheFolder: folder).KnowledgeBase.Substances.Count;
            foreach (var file in Directory.GetFiles(folder))
            {
                File.WriteAllBytes(file, [1, 2, 3, 4, 5]);
            }

            var reloaded = RulesLoader.Load(RepoPaths.Rules, checkExamples: false, cacheFolder: folder);
            Assert.Equal(expected, reloaded.KnowledgeBase.Substances.Count);
            Assert.False(reloaded.HasErrors);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
