using RoleBot.Core.Learning;
using RoleBot.Teams.Activities;

namespace RoleBot.Teams.Handling;

/// <summary>An authenticated activity accepted with a 200 and answered afterwards through the Bot Connector.</summary>
internal abstract record TeamsWork(Activity Activity)
{
    public abstract string Kind { get; }
}

/// <summary>A question typed (or clicked with <c>Action.Submit</c>) to answer with a card.</summary>
internal sealed record AskWork(Activity Activity, string Question) : TeamsWork(Activity)
{
    public override string Kind => "ask";
}

/// <summary>A helpful / not-helpful click that arrived as <c>Action.Submit</c>.</summary>
internal sealed record FeedbackWork(Activity Activity, FeedbackEntry Entry) : TeamsWork(Activity)
{
    public override string Kind => "feedback";
}

/// <summary>People were added to a conversation: greet them once.</summary>
internal sealed record WelcomeWork(Activity Activity) : TeamsWork(Activity)
{
    public override string Kind => "welcome";
}
