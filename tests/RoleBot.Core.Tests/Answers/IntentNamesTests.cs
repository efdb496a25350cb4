using RoleBot.Core.Answers;

namespace RoleBot.Core.Tests.Answers;

public sealed class IntentNamesTests
{
    [Fact]
    public void Every_intent_is_named_in_lower_case_as_the_json_answers_and_metrics_have_always_named_it()
    {
        Assert.All(Enum.GetValues<Intent>(), intent => Assert.Equal(intent.ToString().ToLowerInvariant(), IntentNames.Of(intent)));
        Assert.Equal("fallback", IntentNames.Of(Intent.Fallback));
    }
}
