using RoleBot.Core.Dialog;

namespace RoleBot.Core.Tests.Dialog;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("response", "responce", 1)]
    [InlineData("handles", "handels", 1)]
    [InlineData("vulnerability", "vulnerabilty", 1)]
    [InlineData("management", "managment", 1)]
    [InlineData("same", "same", 0)]
    public void Within_counts_substitutions_deletions_and_transpositions(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Within(a, b, 2));

    [Fact]
    public void Within_gives_up_past_the_maximum() =>
        Assert.Equal(2, EditDistance.Within("pasta", "patch", 1));
}
