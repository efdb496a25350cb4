using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Core.Dialog;

namespace RoleBot.Core.Tests.Diagnostics;

public sealed class MeteredDialogTests
{
    [Fact]
    public async Task Every_answer_is_counted_by_channel_intent_and_outcome_and_timed()
    {
        using var services = new ServiceCollection()
            .AddRoleBotCore(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Learning:DatabasePath"] = Path.Combine(Path.GetTempPath(), $"unused-{Guid.NewGuid():N}.db") }).Build())
            .BuildServiceProvider();
        var meters = services.GetRequiredService<IMeterFactory>();
        using var questions = new InstrumentRecorder(meters, "rolebot.questions");
        using var duration = new InstrumentRecorder(meters, "rolebot.answer.duration");
        var dialog = services.GetRequiredService<IRoleBotDialog>();

        await dialog.AskAsync(new Question("Who owns IT strategy?", "", "cli"));
        await dialog.AskAsync(new Question("What is the airspeed velocity of an unladen swallow?", "", "cli"));

        var answered = Assert.Single(questions.Measurements, m => m.Tags["outcome"] == "answered");
        Assert.Equal("ownership", answered.Tags["intent"]);
        Assert.Equal("cli", answered.Tags["channel"]);
        Assert.Single(questions.Measurements, m => m.Tags["outcome"] == "declined");
        Assert.Equal(2, duration.Measurements.Count);
        Assert.All(duration.Measurements, m => Assert.InRange(m.Value, 0, 10));
    }
}
