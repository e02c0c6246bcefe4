using Cordon.Chemistry;

namespace Cordon.Regulation.Definitions;

/// <summary>One core match worked through the clauses.</summary>
internal sealed class DefinitionAttempt(CompiledDefinition compiled, Molecule molecule, MoleculeGraph graph, SubstructureMatch match, DateOnly day)
{
    private readonly GenericDefinition _definition = compiled.Definition;
    private readonly HashSet<int> _core = [.. match.Atoms];
    private readonly Dictionary<SiteRule, HashSet<int>> _regions = [];
    private readonly Dictionary<SiteRule, string> _ringSmiles = [];
    private readonly List<(SiteRule Site, string Clause, string Description, IReadOnlyCollection<int> Atoms, string? Review, bool Modifies)> _hits = [];

    public string? Failure { get; private set; }

    public DefinitionMatch? Run()
    {
        foreach (var site in _definition.Sites)
        {
            var ok = site.Kind switch
            {
                SiteKind.Acyl => Acyl(site),
                SiteKind.Ring => Ring(site),
                SiteKind.Replace => Replace(site),
                _ => true,
            };
            if (!ok)
            {
                return null;
            }
        }

        if (!Substituents() || !Nitrogens())
        {
            return null;
        }

        foreach (var hit in _hits.Where(h => h.Modifies))
        {
            if (hit.Site.Effective is not null && LegalPeriod.TryStart(hit.Site.Effective, out var from) && day < from)
            {
                return Fail($"({hit.Clause}) {hit.Description}: that clause applies only from {hit.Site.Effective}");
            }
        }

        var modifications = _hits.Count(h => h.Modifies);
        if (modifications < _definition.MinimumModifications)
        {
            return Fail("none of the clauses' modifications is present: this is the reference substance itself");
        }

        var atoms = new SortedSet<int>(_core);
        foreach (var region in _regions.Values)
        {
            atoms.UnionWith(region);
        }

        foreach (var hit in _hits)
        {
            atoms.UnionWith(hit.Atoms);
        }

        var clauses = _hits.Where(h => h.Modifies || h.Review is not null)
            .GroupBy(h => h.Clause)
            .Select(g => new ClauseHit(g.Key, string.Join("; ", g.Select(h => h.Description).Distinct()),
                g.SelectMany(h => h.Atoms).Distinct().Order().ToList(), g.Select(h => h.Review).FirstOrDefault(r => r is not null)))
            .ToList();
        return new DefinitionMatch(_definition, clauses, atoms.ToList());
    }

    private bool Acyl(SiteRule site)
    {
        var carbonyl = compiled.AtomOf(match, site.Atoms[0]);
        var first = compiled.AtomOf(match, site.Atoms[1]);
        var barrier = new HashSet<int>(_core);
        barrier.Remove(first);
        var region = graph.Reach(first, barrier);
        if (TouchesCore(region, carbonyl, first))
        {
            return Reject($"({site.Clause}) {site.Where}: the group closes a ring back onto the core");
        }

        _regions[site] = region;
        _core.Remove(first);
        var smiles = molecule.FragmentSmiles(region);
        if (smiles != site.Reference)
        {
            var kind = graph.Atoms[first].Element == 8 ? "an alkoxycarbonyl (carbamate) group" : "another acyl group";
            _hits.Add((site, site.Clause, $"{site.Where} replaced by {kind}: R = {smiles}", [.. region, carbonyl], site.Review, true));
        }

        return true;
    }

    private bool Ring(SiteRule site)
    {
        var attach = compiled.AtomOf(match, site.Atoms[0]);
        var rings = graph.Rings.Where(r => r.Contains(attach)).ToList();
        if (rings.Count == 0)
        {
            return Reject($"({site.Clause}) {site.Where}: no ring at the attachment atom");
        }

        var ring = rings[0];
        if (site.Ring != RingShape.Any && (rings.Count > 1 || ring.Any(a => graph.Atoms[a].RingCount > 1)))
        {
            return Reject($"({site.Clause}) requires a monocycle for {site.Where}; found a fused or bridged ring system");
        }

        if (site.Ring == RingShape.AromaticMonocycle && !ring.All(a => graph.Atoms[a].Aromatic))
        {
            return Reject($"({site.Clause}) requires an aromatic monocycle for {site.Where}; the ring found is not aromatic");
        }

        _regions[site] = [.. ring];
        var smiles = molecule.FragmentSmiles(ring);
        _ringSmiles[site] = smiles;
        if (smiles != site.Reference)
        {
            _hits.Add((site, site.Clause, $"{site.Where} replaced by the ring {smiles}", ring, site.Review, true));
        }

        return true;
    }

    private bool Replace(SiteRule site)
    {
        var atom = compiled.AtomOf(match, site.Atoms[0]);
        var region = new HashSet<int>();
        foreach (var n in graph.Neighbours(atom).Where(n => !_core.Contains(n)))
        {
            region.UnionWith(graph.Reach(n, _core));
        }

        if (region.Count == 0)
        {
            return Reject($"({site.Clause}) requires a group other than hydrogen on {site.Where}");
        }

        if (TouchesCore(region, atom, atom))
        {
            return Reject($"({site.Clause}) {site.Where}: the group closes a ring back onto the core");
        }

        _regions[site] = region;
        var smiles = molecule.FragmentSmiles(region);
        if (smiles != site.Reference)
        {
            var description = site.Reference is null ? $"{smiles} on {site.Where}" : $"{site.Where} replaced by {smiles}";
            _hits.Add((site, site.Clause, description, region, site.Review, true));
        }

        return true;
    }

    private bool Substituents()
    {
        var barrier = new HashSet<int>(_core);
        foreach (var region in _regions.Values)
        {
            barrier.UnionWith(region);
        }

        var anchors = new HashSet<int>(_core);
        foreach (var (site, region) in _regions.Where(r => r.Key.Kind == SiteKind.Ring))
        {
            anchors.UnionWith(region);
        }

        var assigned = new HashSet<int>();
        foreach (var anchor in anchors.Order())
        {
            foreach (var start in graph.Neighbours(anchor).Where(n => !barrier.Contains(n) && !assigned.Contains(n)).ToList())
            {
                var atoms = graph.Reach(start, barrier);
                assigned.UnionWith(atoms);
                var attachments = atoms.SelectMany(g => graph.Neighbours(g).Where(anchors.Contains).Select(c => (g, c))).ToList();
                var cls = SubstituentClassifier.Classify(graph, atoms, attachments);
                var group = new Substituent(atoms, attachments.Select(x => x.c).ToHashSet(), cls, molecule.FragmentSmiles(atoms));
                if (!Place(group))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private bool Place(Substituent group)
    {
        var at = group.CoreAtoms.Min();
        var ringSite = _regions.FirstOrDefault(r => r.Key.Kind == SiteKind.Ring && r.Value.Contains(at)).Key;
        if (ringSite is not null && !IsMappedByOtherSite(at))
        {
            return PlaceOnRing(ringSite, group);
        }

        var site = _definition.Sites.FirstOrDefault(s => s.Kind is SiteKind.Substituents or SiteKind.Nitrogen
            && s.Atoms.Any(m => compiled.AtomOf(match, m) == at));
        if (site is null)
        {
            return Reject($"{Describe(group)} is attached where no clause allows a change");
        }

        if (group.CoreAtoms.Count > 1 && group.Class != SubstituentClass.CyclicAcetal && !site.AnyGroup)
        {
            return Reject($"{Describe(group)} bridges two core atoms, which no clause allows");
        }

        var modifies = !site.ReferenceClasses.Contains(group.Class);
        if (site.AnyGroup || site.Allowed.Contains(group.Class))
        {
            _hits.Add((site, site.Clause, $"{Describe(group)} on {site.Where}", group.Atoms, modifies ? site.Review : null, modifies));
            return true;
        }

        if (site.OpenList)
        {
            _hits.Add((site, site.Clause, $"{Describe(group)} on {site.Where}", group.Atoms,
                $"{Describe(group)} is not among the groups the clause names, but its list is open (\"etc.\")", true));
            return true;
        }

        return Reject($"({site.Clause}) allows {Allowed(site)} on {site.Where}; found {Describe(group)}");
    }

    // A group that bonds to the core anywhere but its own attachment forms a new ring with the core: not a substituent.
    private bool TouchesCore(IReadOnlySet<int> region, int attachment, int self) =>
        region.Any(r => graph.Neighbours(r).Any(n => _core.Contains(n) && n != attachment && n != self && !region.Contains(n)));

    private bool IsMappedByOtherSite(int atom) =>
        _definition.Sites.Any(s => s.Kind is SiteKind.Substituents or SiteKind.Nitrogen && s.Atoms.Any(m => compiled.AtomOf(match, m) == atom));

    private bool PlaceOnRing(SiteRule site, Substituent group)
    {
        var isReference = _ringSmiles[site] == site.Reference;
        if (isReference && site.ReferenceRingClause is not null)
        {
            if (site.ReferenceRingAllowed.Contains(group.Class))
            {
                _hits.Add((site, site.ReferenceRingClause, $"{Describe(group)} on {site.Where}", group.Atoms, null, true));
                return true;
            }

            _hits.Add((site, site.Clause, $"{site.Where} further substituted with {Describe(group)}", group.Atoms,
                $"{Describe(group)} is not a group ({site.ReferenceRingClause}) names; read as ({site.Clause}) a further-substituted monocycle", true));
            return true;
        }

        if (site.AnyGroup)
        {
            _hits.Add((site, site.Clause, $"{site.Where} further substituted with {Describe(group)}", group.Atoms, site.Review, true));
            return true;
        }

        return Reject($"({site.Clause}) allows no substituent on {site.Where}; found {Describe(group)}");
    }

    private bool Nitrogens()
    {
        foreach (var site in _definition.Sites.Where(s => s.Kind == SiteKind.Nitrogen))
        {
            var atom = compiled.AtomOf(match, site.Atoms[0]);
            var bare = graph.Neighbours(atom).All(n => _core.Contains(n));
            if (bare && !site.AnyGroup && !site.Allowed.Contains(SubstituentClass.Hydrogen))
            {
                return Reject($"({site.Clause}) requires a group on {site.Where}");
            }
        }

        return true;
    }

    private static string Allowed(SiteRule site) => string.Join(", ", site.Allowed.Select(DefinitionWords.Word));

    private static string Describe(Substituent group) => DefinitionWords.Describe(group.Class, group.Smiles);

    private DefinitionMatch? Fail(string reason)
    {
        Failure = reason;
        return null;
    }

    private bool Reject(string reason)
    {
        Failure = reason;
        return false;
    }
}
