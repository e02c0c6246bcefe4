using Cordon.Parties;
using Cordon.Parties.Matching;
using Cordon.Parties.Reading;
using Cordon.Parties.Store;
using Cordon.Storage;

namespace Cordon.Application;

/// <summary>The party records use case both hosts call: imported watch lists and a team's clearances in the case store (clear
/// with a note, revoke with a reason, list), each write audited by the store; and the one-time import of an earlier party store.</summary>
public sealed class ClearanceService(ICaseStore store, TimeProvider time)
{
    /// <summary>The team the CLI works as: the team of the server's first admin, so one store serves both.</summary>
    public const string LocalTeam = "default";

    /// <summary>Records that a party is not an entry of <paramref name="entries"/> (the lists the host screens against). The
    /// entry's digest is kept so that a change to it (a new alias or remark) brings the match back for review.</summary>
    /// <exception cref="UseCaseException">The party name has no words to match on.</exception>
    /// <exception cref="UnknownRecordException">No such list, or no such entry in it.</exception>
    public async Task<ClearanceOutcome> ClearAsync(string tenant, ClearRequest request, IReadOnlyList<WatchListEntry> entries, string actor,
        CancellationToken cancellationToken = default)
    {
        var key = PartyScreener.KeyOf(request.Party);
        if (key.Length == 0)
        {
            throw new UseCaseException($"'{request.Party}' has no words to match on");
        }

        // A clearance for a list or entry that does not exist would never apply: it is refused instead of recorded as a no-op.
        var lists = entries.Select(e => e.List).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (!lists.Contains(request.List, StringComparer.Ordinal))
        {
            throw new UnknownRecordException($"unknown list '{request.List}' (lists: {(lists.Count == 0 ? "none" : string.Join(", ", lists))})");
        }

        var entry = entries.FirstOrDefault(e => e.List == request.List && e.Id == request.EntryId)
                    ?? throw new UnknownRecordException($"{request.List} has no entry with id '{request.EntryId}'");
        var clearance = new StoredClearance(tenant, key, request.List, request.EntryId, request.By, time.GetUtcNow(), request.Note, entry.Digest());
        var replaced = await store.ClearPartyAsync(clearance, actor, cancellationToken);
        return new ClearanceOutcome(clearance, replaced, entry);
    }

    /// <summary>Revokes the standing clearance of a party against an entry; the record is kept, with who, when and why.</summary>
    /// <exception cref="UnknownRecordException">There is no standing clearance of that party against that entry.</exception>
    public async Task<StoredClearance> RevokeAsync(string tenant, string party, string list, string entryId, string by, string reason, string actor,
        CancellationToken cancellationToken = default) =>
        await store.RevokeClearanceAsync(tenant, PartyScreener.KeyOf(party), list, entryId, by, time.GetUtcNow(), reason, actor, cancellationToken)
        ?? throw new UnknownRecordException($"no standing clearance of '{party}' against {list} {entryId}");

    /// <summary>The team's clearances, revoked ones included.</summary>
    public Task<IReadOnlyList<StoredClearance>> ListAsync(string tenant, CancellationToken cancellationToken = default) =>
        store.ListClearancesAsync(tenant, cancellationToken);

    /// <summary>The team's clearances as the screener applies them.</summary>
    public async Task<IReadOnlyList<Clearance>> ClearancesAsync(string tenant, CancellationToken cancellationToken = default) =>
        (await store.ListClearancesAsync(tenant, cancellationToken)).Select(PartyRecordMapping.ToClearance).ToList();

    /// <summary>Replaces the team's stored copy of a list with <paramref name="list"/>.</summary>
    public async Task<StoredWatchList> ImportListAsync(string tenant, WatchList list, string source, string actor, CancellationToken cancellationToken = default)
    {
        var stored = new StoredWatchList(list.Name, source, time.GetUtcNow(), list.Entries.Count);
        await store.ImportWatchListAsync(tenant, stored, list.Entries.Select(PartyRecordMapping.ToStored).ToList(), actor, cancellationToken);
        return stored;
    }

    /// <summary>Reads an uploaded list from <paramref name="content"/> (by its <paramref name="fileName"/>: an OFAC sdn.csv or .xml file,
    /// or an in-house CSV, named after its file) in a folder of its own under <paramref name="workFolder"/>, removed afterwards, and
    /// replaces the team's stored copy of it; lines that cannot be read are skipped and reported.</summary>
    /// <exception cref="UseCaseException">The name is not a .csv or .xml file, or no entry could be read.</exception>
    public async Task<ListImportOutcome> ImportUploadAsync(string tenant, string fileName, Stream content, string workFolder, string actor,
        CancellationToken cancellationToken = default)
    {
        // Only the last part of the name is used: an upload cannot write outside its folder.
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        if (name.Length == 0 || Path.GetFileNameWithoutExtension(name).Length == 0 ||
            Path.GetExtension(name).ToLowerInvariant() is not (".csv" or ".xml"))
        {
            throw new UseCaseException($"'{fileName}': send a watch list as a .csv (OFAC sdn.csv or in-house) or .xml (OFAC) file");
        }

        var folder = Path.Combine(workFolder, "list-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, name);
            await using (var file = File.Create(path))
            {
                await content.CopyToAsync(file, cancellationToken);
            }

            var list = WatchListReader.Read(path);
            var skipped = list.Problems.Select(p => p.ToString()).ToList();
            if (list.Entries.Count == 0)
            {
                throw new UseCaseException($"{name}: no entry could be read{(skipped.Count == 0 ? "" : ": " + string.Join("; ", skipped.Take(5)))}");
            }

            return new ListImportOutcome(await ImportListAsync(tenant, list, "upload:" + name, actor, cancellationToken), skipped);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The team's imported lists.</summary>
    public Task<IReadOnlyList<StoredWatchList>> ListsAsync(string tenant, CancellationToken cancellationToken = default) =>
        store.ListWatchListsAsync(tenant, cancellationToken);

    /// <summary>Every entry of the team's imported lists.</summary>
    public async Task<IReadOnlyList<WatchListEntry>> EntriesAsync(string tenant, CancellationToken cancellationToken = default) =>
        (await store.ListWatchListEntriesAsync(tenant, cancellationToken)).Select(PartyRecordMapping.ToEntry).ToList();

    /// <summary>Imports the lists and clearances of a party store kept by an earlier Cordon (a SQLite file) into the team's
    /// records, once per file: false when there is no such store or it was imported before.</summary>
    public async Task<bool> ImportPartyStoreAsync(string tenant, string path, CancellationToken cancellationToken = default)
    {
        if (!PartyStore.IsPartyStore(path))
        {
            return false;
        }

        LegacyPartyData data;
        using (var old = new PartyStore(path))
        {
            var lists = old.Lists().Select(l => new StoredWatchList(l.Name, l.Source,
                DateTimeOffset.Parse(l.ImportedAt, System.Globalization.CultureInfo.InvariantCulture), l.Entries)).ToList();
            data = new LegacyPartyData(lists, old.Entries().Select(PartyRecordMapping.ToStored).ToList(),
                old.Clearances().Select(c => PartyRecordMapping.ToStored(tenant, c)).ToList());
        }

        return await store.ImportLegacyPartyStoreAsync(tenant, Path.GetFullPath(path), data, time.GetUtcNow(), cancellationToken);
    }
}
