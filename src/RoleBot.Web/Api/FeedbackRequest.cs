using System.Text.Json;

namespace RoleBot.Web.Api;

/// <summary>The body of <c>POST /api/feedback</c>: <c>{"question", "answer"?, "helpful"}</c>, sent by the page's buttons.</summary>
/// <param name="Answer">What the rated answer said (the page sends its summary), so a reviewer sees what was rated.</param>
internal sealed record FeedbackRequest(string Question, string? Answer, bool Helpful)
{
    public static Parsed<FeedbackRequest> From(JsonElement body)
    {
        if (!body.TryGetProperty("question", out var question) || question.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(question.GetString()))
        {
            return Refusal.Invalid("\"question\" is missing or empty; send the question the rated answer replied to.");
        }

        if (!body.TryGetProperty("helpful", out var helpful) || helpful.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            return Refusal.Invalid("\"helpful\" must be true or false.");
        }

        string? answer = null;
        if (body.TryGetProperty("answer", out var answerElement) && answerElement.ValueKind != JsonValueKind.Null)
        {
            if (answerElement.ValueKind != JsonValueKind.String)
            {
                return Refusal.Invalid("\"answer\" must be a string when given.");
            }

            answer = answerElement.GetString();
        }

        return Parsed<FeedbackRequest>.Ok(new FeedbackRequest(question.GetString()!, answer, helpful.GetBoolean()));
    }
}
