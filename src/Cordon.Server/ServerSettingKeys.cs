using System.Collections;
using System.Reflection;

namespace Cordon.Server;

/// <summary>Tells a setting key the server reads ("Cordon:WarmUp", "Cordon:Auth:Jwt:Authority", "Cordon:Watchlists:0") from a
/// mistyped one, so a host passing settings through can refuse an unknown key instead of ignoring it.</summary>
public static class ServerSettingKeys
{
    /// <summary>The section the settings live in.</summary>
    public const string Section = "Cordon";

    /// <summary>True when <paramref name="key"/> names a setting of <see cref="ServerSettings"/> (case-insensitive, as
    /// configuration keys are), a list's item by its index included.</summary>
    public static bool IsKnown(string key)
    {
        var parts = key.Split(':');
        if (parts.Length < 2 || !parts[0].Equals(Section, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var type = typeof(ServerSettings);
        for (var i = 1; i < parts.Length; i++)
        {
            var property = type.GetProperty(parts[i], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null || !property.CanWrite)
            {
                return false;
            }

            type = property.PropertyType;
            if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
            {
                // A list takes one more part, the item's index, and nothing after it.
                return i == parts.Length - 2 && int.TryParse(parts[^1], System.Globalization.NumberStyles.None, null, out _);
            }

            if (i < parts.Length - 1 && (type.IsPrimitive || type == typeof(string)))
            {
                return false;
            }
        }

        return type.IsPrimitive || type == typeof(string) || Nullable.GetUnderlyingType(type) is not null;
    }
}
