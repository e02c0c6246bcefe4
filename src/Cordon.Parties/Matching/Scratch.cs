namespace Cordon.Parties.Matching;

/// <summary>Per-thread working memory of candidate search: a bound per name (reset after each query) and the names touched.</summary>
internal sealed class Scratch(int names)
{
    public double[] Bound { get; } = new double[names];

    public List<int> Touched { get; } = [];
}
