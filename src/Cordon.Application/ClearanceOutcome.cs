using Cordon.Parties;
using Cordon.Storage;

namespace Cordon.Application;

/// <summary>A clearance as recorded, the record it replaced (if any), and the entry it is against.</summary>
public sealed record ClearanceOutcome(StoredClearance Clearance, StoredClearance? Replaced, WatchListEntry Entry);
