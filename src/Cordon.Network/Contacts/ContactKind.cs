namespace Cordon.Network.Contacts;

/// <summary>What a contact detail is.</summary>
public enum ContactKind
{
    /// <summary>A telephone or fax number.</summary>
    Phone,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A website's host name.</summary>
    Website,

    /// <summary>A street address.</summary>
    Address,
}
