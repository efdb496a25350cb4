using System.Diagnostics.Metrics;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RoleBot.Core.Diagnostics;
using RoleBot.Core.Dialog;
using RoleBot.Core.Learning;
using RoleBot.Core.RateLimiting;
using RoleBot.Core.Tests.Diagnostics;
using RoleBot.Core.Tests.Learning;

namespace RoleBot.Core.Tests.RateLimiting;

public sealed partial class RateLimitedDialogTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_user_over_the_limit_gets_a_polite_answer_saying_when_to_retry_and_others_are_unaffected()
    {
        using var services = LearningServices.Create(folder.File("l.db"));
        using var refused = new InstrumentRecorder(services.GetRequiredService<IMeterFactory>(), "rolebot.requests.refused");
        var inner = new CountingDialog();
        using var dialog = new RateLimitedDialog(inner, services.GetRequiredService<RoleBotMetrics>(), new RateLimitOptions { PermitLimit = 2, Window = TimeSpan.FromHours(1) });

        await dialog.AskAsync(new Question("q", "C1", "slack", "U1"));
        await dialog.AskAsync(new Question("q", "C1", "slack", "U1"));
        var third = await dialog.AskAsync(new Question("q", "C1", "slack", "U1"));
        var someoneElse = await dialog.AskAsync(new Question("q", "C1", "slack", "U2"));
        var sameIdOtherChannel = await dialog.AskAsync(new Question("q", "C1", "teams", "U1"));

        Assert.False(third.Answered);
        var seconds = int.Parse(RetryIn().Match(third.Summary).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 3500, 3600);
        Assert.StartsWith("You're asking faster than I can answer.", third.Summary, StringComparison.Ordinal);
        Assert.True(someoneElse.Answered);
        Assert.True(sameIdOtherChannel.Answered);
        Assert.Equal(4, inner.Asked);
        var refusal = Assert.Single(refused.Measurements);
        Assert.Equal(("slack", "rate_limited"), (refusal.Tags["channel"], refusal.Tags["reason"]));
    }

    [Fact]
    public async Task Without_a_user_id_the_conversation_is_limited_and_the_command_line_never_is()
    {
        using var services = LearningServices.Create(folder.File("l.db"));
        var inner = new CountingDialog();
        using var dialog = new RateLimitedDialog(inner, services.GetRequiredService<RoleBotMetrics>(), new RateLimitOptions { PermitLimit = 1, Window = TimeSpan.FromHours(1) });

        var first = await dialog.AskAsync(new Question("q", "web:a", "web"));
        var again = await dialog.AskAsync(new Question("q", "web:a", "web"));
        var otherConversation = await dialog.AskAsync(new Question("q", "web:b", "web"));
        var cli = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => dialog.AskAsync(new Question("q", "", "cli")).AsTask()));

        Assert.Equal((true, false, true), (first.Answered, again.Answered, otherConversation.Answered));
        Assert.All(cli, a => Assert.True(a.Answered));
    }

    [Fact]
    public async Task Questions_are_answered_again_once_the_window_has_passed()
    {
        using var services = LearningServices.Create(folder.File("l.db"));
        using var dialog = new RateLimitedDialog(new CountingDialog(), services.GetRequiredService<RoleBotMetrics>(), new RateLimitOptions { PermitLimit = 1, Window = TimeSpan.FromMilliseconds(100) });
        await dialog.AskAsync(new Question("q", "c", "web"));
        var refused = await dialog.AskAsync(new Question("q", "c", "web"));

        var deadline = DateTime.UtcNow.AddSeconds(10);
        var later = refused;
        while (!later.Answered && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            later = await dialog.AskAsync(new Question("q", "c", "web"));
        }

        Assert.False(refused.Answered);
        Assert.Equal("You're asking faster than I can answer. Please try again in 1 second.", refused.Summary);
        Assert.True(later.Answered);
    }

    [Fact]
    public async Task The_limit_sits_outside_metering_and_learning_so_a_refused_question_is_neither_counted_nor_recorded()
    {
        var path = folder.File("l.db");
        using var services = LearningServices.Create(path, ("RateLimiting:PermitLimit", "1"), ("RateLimiting:Window", "01:00:00"));
        using var questions = new InstrumentRecorder(services.GetRequiredService<IMeterFactory>(), "rolebot.questions");
        using var refused = new InstrumentRecorder(services.GetRequiredService<IMeterFactory>(), "rolebot.requests.refused");
        var dialog = services.GetRequiredService<IRoleBotDialog>();

        var first = await dialog.AskAsync(new Question("What is the airspeed velocity of an unladen swallow?", "t", "teams", "A1"));
        var second = await dialog.AskAsync(new Question("What is the airspeed velocity of an unladen swallow?", "t", "teams", "A1"));
        await services.GetRequiredService<BackgroundLearningLog>().FlushAsync();

        Assert.IsType<RateLimitedDialog>(dialog);
        Assert.False(first.Answered);
        Assert.Equal("rate limited", second.Note);
        Assert.NotEqual(first.Summary, second.Summary);
        Assert.Single(questions.Measurements);
        Assert.Single(refused.Measurements);
        Assert.Equal(1, Assert.Single(LearningGaps.Read(path, top: 5)).Declined);
    }

    [Fact]
    public void Limiting_can_be_turned_off()
    {
        using var services = LearningServices.Create(folder.File("l.db"), ("RateLimiting:Enabled", "false"));

        Assert.IsType<MeteredDialog>(services.GetRequiredService<IRoleBotDialog>());
    }

    [Theory]
    [InlineData("0", "00:01:00", "RateLimiting:PermitLimit must be at least 1")]
    [InlineData("10", "00:00:00", "RateLimiting:Window must be more than zero")]
    [InlineData("10", "2.00:00:00", "RateLimiting:Window must be more than zero")]
    public void Settings_that_would_refuse_everyone_or_never_reset_are_rejected_with_the_key_to_fix(string permits, string window, string message)
    {
        using var services = LearningServices.Create(folder.File("l.db"), ("RateLimiting:PermitLimit", permits), ("RateLimiting:Window", window));

        var e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<RateLimitOptions>>().Value);

        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"try again in (\d+) seconds?\.")]
    private static partial Regex RetryIn();
}
