namespace Cordon.Screening.Text;

/// <summary>Where a record stands after a line is fed to <see cref="FieldSplitter"/>.</summary>
internal enum SplitState
{
    /// <summary>The record ended with the line.</summary>
    Complete,

    /// <summary>A quoted field is still open: the record goes on on the next line.</summary>
    InsideQuotes,

    /// <summary>A closing quote is followed by text: the quote was not the field's end.</summary>
    TextAfterQuote,
}
