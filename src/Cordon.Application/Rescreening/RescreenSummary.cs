namespace Cordon.Application.Rescreening;

/// <summary>What re-screening a team's runs did: the re-screen jobs, summed.</summary>
/// <param name="Rescreens">Re-screen jobs run.</param>
/// <param name="Runs">Runs brought up to date.</param>
/// <param name="RowsChecked">Rows screened again.</param>
/// <param name="RowsChanged">Rows whose verdict changed, raised into the queue.</param>
/// <param name="RowsNotRescreenable">Rows that could not be screened again.</param>
public sealed record RescreenSummary(int Rescreens, int Runs, long RowsChecked, long RowsChanged, long RowsNotRescreenable);
