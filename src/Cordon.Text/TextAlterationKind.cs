namespace Cordon.Text;

/// <summary>What folding changed inside a word.</summary>
public enum TextAlterationKind
{
    /// <summary>Cyrillic or Greek letters that look like Latin ones, inside a Latin word (or a whole word of them).</summary>
    LookAlikeLetters,

    /// <summary>Zero-width, soft-hyphen or other format characters between letters or digits.</summary>
    InvisibleCharacters,

    /// <summary>Mathematical alphanumeric or letter-like symbols standing for ordinary letters and digits.</summary>
    MathematicalLetters,

    /// <summary>Digits of another script mixed with ASCII digits in one number.</summary>
    MixedDigits,
}
