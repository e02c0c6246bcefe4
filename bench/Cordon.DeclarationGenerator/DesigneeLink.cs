namespace Cordon.DeclarationGenerator;

/// <summary>The generated supplier that shares contact details with a narcotics designee of the OFAC SDN snapshot.</summary>
public sealed record DesigneeLink(string Party, string SdnUid, string SdnName, IReadOnlyList<string> Programs, IReadOnlyList<ContactLink> Details);
