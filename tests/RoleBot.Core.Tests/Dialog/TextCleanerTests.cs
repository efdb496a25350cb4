using RoleBot.Core.Dialog;

namespace RoleBot.Core.Tests.Dialog;

public sealed class TextCleanerTests
{
    [Theory]
    [InlineData("<@U024BE7LH> who owns patch mgmt?", "who owns patch mgmt?")]
    [InlineData("<@U024BE7LH|rolebot> who owns DR?", "who owns DR?")]
    [InlineData("<!here> <#C1|general> who owns DR?", "who owns DR?")]
    [InlineData("<at>RoleBot</at> who is responsible for security awareness", "who is responsible for security awareness")]
    [InlineData("see <https://example.com|the wiki> please", "see the wiki please")]
    public void StripMarkup_removes_slack_and_teams_mentions(string raw, string expected) =>
        Assert.Equal(expected, System.Text.RegularExpressions.Regex.Replace(TextCleaner.StripMarkup(raw), @"\s+", " "));

    [Fact]
    public void Tokenize_expands_contractions_and_possessives()
    {
        var words = TextCleaner.Tokenize("What's the CISO's job? We can't tell, they're busy").Select(t => t.Text);
        Assert.Equal(["what", "is", "the", "ciso", "job", "we", "can", "not", "tell", "they", "are", "busy"], words);
    }

    [Fact]
    public void Tokenize_marks_IT_in_capitals_as_the_department()
    {
        var tokens = TextCleaner.Tokenize("who owns IT and who owns it");
        Assert.True(tokens[2].IsDepartmentIt);
        Assert.False(tokens[6].IsDepartmentIt);
    }

    [Theory]
    [InlineData("\u0000\u0007\u001b[31m")]
    [InlineData("🔥🔥 who owns 🔐?")]
    [InlineData("¿Quién es responsable de la seguridad?")]
    [InlineData("谁负责信息安全")]
    [InlineData("<<<>>>|||<@")]
    public void Tokenize_never_throws_on_odd_input(string raw) =>
        Assert.NotNull(TextCleaner.Tokenize(TextCleaner.StripMarkup(raw)));
}
