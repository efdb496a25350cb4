using RoleBot.Core.Answers;
using RoleBot.Core.Dialog;

namespace RoleBot.Core.Learning;

/// <summary>Records every question the dialog declines, whichever channel asked it.</summary>
public sealed class DeclineRecordingDialog(IRoleBotDialog inner, ILearningLog log, bool recordCli) : IRoleBotDialog
{
    public async ValueTask<Answer> AskAsync(Question question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var answer = await inner.AskAsync(question, cancellationToken);
        if (!answer.Answered && !string.IsNullOrWhiteSpace(question.Text) && (recordCli || question.Channel != "cli"))
        {
            await log.RecordDeclinedAsync(new DeclinedQuestion(question.Channel, question.Text, answer.Summary, question.UserId), cancellationToken);
        }

        return answer;
    }
}
