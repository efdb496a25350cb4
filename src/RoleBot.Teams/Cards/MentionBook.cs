using RoleBot.Core.Organization;

namespace RoleBot.Teams.Cards;

/// <summary>Collects the Teams mentions a card's text uses, one entity per person.</summary>
internal sealed class MentionBook
{
    private readonly Dictionary<string, CardMention> mentions = new(StringComparer.Ordinal);

    public int Count => mentions.Count;

    /// <summary><c>&lt;at&gt;Name&lt;/at&gt;</c> when the person has a Teams UPN or Entra object id, else the plain name.</summary>
    public string Name(Person person)
    {
        var name = person.Name ?? "";
        var id = !string.IsNullOrWhiteSpace(person.TeamsUpn) ? person.TeamsUpn : person.AadObjectId;
        if (string.IsNullOrWhiteSpace(id) || name.Length == 0)
        {
            return name;
        }

        var text = $"<at>{name}</at>";
        mentions.TryAdd(text, new CardMention(text, new MentionedPerson(id.Trim(), name)));
        return text;
    }

    public List<CardMention> ToList() => [.. mentions.Values];
}
