using Cordon.Screening.Evaluation;

namespace Cordon.Application.Evaluation;

/// <summary>The scores of one <c>cordon eval</c>: check and screen sets, and party sets.</summary>
/// <param name="Reports">One report per check or screen set, in the order read.</param>
/// <param name="PartyReports">One report per party set (NAME.match.csv), in the order read.</param>
public sealed record EvaluationRun(IReadOnlyList<EvalSetReport> Reports, IReadOnlyList<PartyEvalReport> PartyReports);
