namespace Cordon.Storage;

/// <summary>A team's rows at a glance, for the overview's charts: every count is over the team's complete runs only.</summary>
/// <param name="Rows">Rows of the team's complete runs.</param>
/// <param name="RiskByDay">Rows per day (the run's start, UTC) and risk level, oldest day first.</param>
/// <param name="TopShippers">Shippers with the most high-risk rows, most first.</param>
/// <param name="TopConsignees">Consignees with the most high-risk rows, most first.</param>
/// <param name="Jurisdictions">Rows with a finding in each jurisdiction, most first.</param>
/// <param name="Substances">Rows whose structure findings name each substance, most first.</param>
/// <param name="Dispositions">Rows per disposition, and "undecided" for the rows still in the queue.</param>
public sealed record CaseOverview(long Rows, IReadOnlyList<RiskDayCount> RiskByDay, IReadOnlyList<NamedCount> TopShippers,
    IReadOnlyList<NamedCount> TopConsignees, IReadOnlyList<NamedCount> Jurisdictions, IReadOnlyList<NamedCount> Substances,
    IReadOnlyList<NamedCount> Dispositions);
