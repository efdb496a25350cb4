using RoleBot.Slack.Events;

namespace RoleBot.Slack.Tests.Events;

public sealed class InboundTextTests
{
    [Theory]
    [InlineData("<@U0ROLEBOT> who owns incident response?", "who owns incident response?")]
    [InlineData("<@U0ROLEBOT|rolebot>   who owns   R&amp;D &lt;security&gt;?", "who owns R&D <security>?")]
    [InlineData("hey <!here> see <#C0SEC|security> and <https://example.com|the policy>", "hey see #security and the policy")]
    [InlineData("<@U0ROLEBOT>", "")]
    [InlineData(null, "")]
    public void Mentions_are_removed_and_slack_markup_turned_into_plain_text(string? text, string expected) =>
        Assert.Equal(expected, InboundText.Clean(text));
}
