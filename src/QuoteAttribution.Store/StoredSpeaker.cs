namespace QuoteAttribution.Store;

/// <summary>A speaker row with its aliases and roles.</summary>
/// <param name="Id">The row id.</param>
/// <param name="Name">The canonical name.</param>
/// <param name="Type">person, organization, group or unnamed; or null.</param>
/// <param name="Aliases">Other names it goes by.</param>
/// <param name="Roles">Roles seen with it.</param>
public sealed record StoredSpeaker(long Id, string Name, string? Type, IReadOnlyList<string> Aliases, IReadOnlyList<string> Roles)
{
    /// <summary>One line for people: <c>Hendra Wiratama (person) · also Hendra · roles Wali Kota Bekasi</c>.</summary>
    public override string ToString()
    {
        var kind = Type is null ? "" : $" ({Type})";
        var also = Aliases.Count > 0 ? $" · also {string.Join(", ", Aliases)}" : "";
        var roles = Roles.Count > 0 ? $" · roles {string.Join(", ", Roles)}" : "";
        return $"{Name}{kind}{also}{roles}";
    }
}
