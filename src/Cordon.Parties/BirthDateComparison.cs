namespace Cordon.Parties;

/// <summary>The outcome of comparing two dates of birth.</summary>
public enum BirthDateComparison
{
    /// <summary>They can be the same day.</summary>
    Agrees,

    /// <summary>The years overlap but the days cannot be the same.</summary>
    DayDisjoint,

    /// <summary>No year in common.</summary>
    YearDisjoint,
}
