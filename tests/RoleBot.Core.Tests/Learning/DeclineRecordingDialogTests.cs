using Microsoft.Extensions.DependencyInjection;
using RoleBot.Core.Dialog;
using RoleBot.Core.Learning;

namespace RoleBot.Core.Tests.Learning;

public sealed class DeclineRecordingDialogTests : IDisposable
{
    private const string Unanswerable = "What is the airspeed velocity of an unladen swallow?";
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_declined_question_from_any_chat_channel_is_recorded_and_an_answered_one_is_not()
    {
        var path = folder.File("learning.db");
        using var services = LearningServices.Create(path);
        var dialog = services.GetRequiredService<IRoleBotDialog>();

        var declined = await dialog.AskAsync(new Question(Unanswerable, "web:1", "web", "visitor"));
        var answered = await dialog.AskAsync(new Question("Who owns IT strategy?", "web:1", "web", "visitor"));
        await dialog.AskAsync(new Question(Unanswerable, "C1:1.2", "slack", "U1"));
        await services.GetRequiredService<BackgroundLearningLog>().FlushAsync();

        Assert.False(declined.Answered);
        Assert.True(answered.Answered);
        var gap = Assert.Single(LearningGaps.Read(path, top: 10));
        Assert.Equal((Unanswerable, 2, 2, 0), (gap.Question, gap.Count, gap.Declined, gap.NotHelpful));
    }

    [Fact]
    public async Task Command_line_questions_are_not_recorded_unless_configured()
    {
        var quiet = folder.File("quiet.db");
        var recording = folder.File("recording.db");
        using (var services = LearningServices.Create(quiet))
        {
            await services.GetRequiredService<IRoleBotDialog>().AskAsync(new Question(Unanswerable, "", "cli"));
        }

        using (var services = LearningServices.Create(recording, ("Learning:RecordCli", "true")))
        {
            await services.GetRequiredService<IRoleBotDialog>().AskAsync(new Question(Unanswerable, "", "cli"));
        }

        Assert.False(File.Exists(quiet));
        Assert.Single(LearningGaps.Read(recording, top: 10));
    }
}
