using System.Text.Json;
using System.Text.Json.Serialization;
using RoleBot.Teams.Activities;

namespace RoleBot.Teams.Cards;

/// <summary>
/// What a RoleBot button carries: <c>{"rolebot":"ask","question":…}</c> for a follow-up question, or
/// <c>{"rolebot":"feedback","helpful":true,"question":…,"answer":…,"topic":…,"intent":…}</c> for feedback.
/// </summary>
public sealed record CardActionData
{
    public const string Ask = "ask";
    public const string Feedback = "feedback";

    [JsonPropertyName("rolebot")]
    public string? Action { get; init; }
    public string? Question { get; init; }
    public bool? Helpful { get; init; }
    /// <summary>For feedback: the start of the rated answer.</summary>
    public string? Answer { get; init; }
    public string? Topic { get; init; }
    public string? Intent { get; init; }

    public static CardActionData AskFor(string question) => new() { Action = Ask, Question = question };

    /// <summary>The data from a card, or null when it is not a RoleBot button's.</summary>
    public static CardActionData? From(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } element)
        {
            return null;
        }

        try
        {
            var data = element.Deserialize<CardActionData>(ActivityJson.Options);
            return data?.Action is Ask or Feedback ? data : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
