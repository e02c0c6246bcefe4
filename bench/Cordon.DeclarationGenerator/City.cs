namespace Cordon.DeclarationGenerator;

/// <summary>A city parties are placed in: its country (ISO 3166 alpha-2), telephone area code, the seaport its goods pass and
/// the streets and districts its generated addresses use.</summary>
public sealed record City(string Country, string Name, string Area, string Port, string[] Streets, string[] Districts, string Postcode);
