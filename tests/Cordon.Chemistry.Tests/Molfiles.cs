namespace Cordon.Chemistry.Tests;

/// <summary>Small molfiles for tests.</summary>
internal static class Molfiles
{
    public const string AcetoneV2000 = """
        acetone
          test

          4  3  0  0  0  0  0  0  0  0999 V2000
            0.0000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
            1.2990    0.7500    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
            2.5981    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
            1.2990    2.2500    0.0000 O   0  0  0  0  0  0  0  0  0  0  0  0
          1  2  1  0
          2  3  1  0
          2  4  2  0
        M  END

        """;

    public const string AcetoneV3000 = """
        acetone
          test

          0  0  0     0  0            999 V3000
        M  V30 BEGIN CTAB
        M  V30 COUNTS 4 3 0 0 0
        M  V30 BEGIN ATOM
        M  V30 1 C 0 0 0 0
        M  V30 2 C 1.299 0.75 0 0
        M  V30 3 C 2.598 0 0 0
        M  V30 4 O 1.299 2.25 0 0
        M  V30 END ATOM
        M  V30 BEGIN BOND
        M  V30 1 1 1 2
        M  V30 2 1 2 3
        M  V30 3 2 2 4
        M  V30 END BOND
        M  V30 END CTAB
        M  END

        """;

    /// <summary>4-piperidone with atom-atom mapping in the V2000 atom block's mapping column.</summary>
    public const string MappedPiperidoneV2000 = """
        4-piperidone
          mapped

          7  7  0  0  0  0  0  0  0  0999 V2000
            0.0000    1.5000    0.0000 O   0  0  0  0  0  0  0  0  0  1  0  0
            0.0000    0.7500    0.0000 C   0  0  0  0  0  0  0  0  0  2  0  0
            0.6495    0.3750    0.0000 C   0  0  0  0  0  0  0  0  0  3  0  0
            0.6495   -0.3750    0.0000 C   0  0  0  0  0  0  0  0  0  4  0  0
            0.0000   -0.7500    0.0000 N   0  0  0  0  0  0  0  0  0  5  0  0
           -0.6495   -0.3750    0.0000 C   0  0  0  0  0  0  0  0  0  6  0  0
           -0.6495    0.3750    0.0000 C   0  0  0  0  0  0  0  0  0  7  0  0
          1  2  2  0
          2  3  1  0
          3  4  1  0
          4  5  1  0
          5  6  1  0
          6  7  1  0
          7  2  1  0
        M  END

        """;

    /// <summary>4-piperidone with atom-atom mapping in the V3000 aamap field.</summary>
    public const string MappedPiperidoneV3000 = """
        4-piperidone
          mapped

          0  0  0     0  0            999 V3000
        M  V30 BEGIN CTAB
        M  V30 COUNTS 7 7 0 0 0
        M  V30 BEGIN ATOM
        M  V30 1 O 0 1.5 0 1
        M  V30 2 C 0 0.75 0 2
        M  V30 3 C 0.6495 0.375 0 3
        M  V30 4 C 0.6495 -0.375 0 4
        M  V30 5 N 0 -0.75 0 5
        M  V30 6 C -0.6495 -0.375 0 6
        M  V30 7 C -0.6495 0.375 0 7
        M  V30 END ATOM
        M  V30 BEGIN BOND
        M  V30 1 2 1 2
        M  V30 2 1 2 3
        M  V30 3 1 3 4
        M  V30 4 1 4 5
        M  V30 5 1 5 6
        M  V30 6 1 6 7
        M  V30 7 1 7 2
        M  V30 END BOND
        M  V30 END CTAB
        M  END

        """;
}
