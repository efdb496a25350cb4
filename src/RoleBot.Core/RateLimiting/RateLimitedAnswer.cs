using RoleBot.Core.Answers;

namespace RoleBot.Core.RateLimiting;

/// <summary>The polite reply to someone over their limit: say so and say when to come back, never go silent.</summary>
public static class RateLimitedAnswer
{
    public static Answer Create(TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        return new Answer
        {
            Answered = false,
            Intent = Intent.Fallback,
            Summary = $"You're asking faster than I can answer. Please try again in {seconds} second{(seconds == 1 ? "" : "s")}.",
            Note = "rate limited",
            RetryAfter = TimeSpan.FromSeconds(seconds),
        };
    }
}
