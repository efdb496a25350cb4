using System.CommandLine;
using System.Globalization;
using Microsoft.Data.Sqlite;
using RoleBot.Core.Learning;
using RoleBot.Hosting;

namespace RoleBot.Cli;

/// <summary><c>kb gaps</c>: the questions people ask most that RoleBot declined or answered badly, so the knowledge base grows there first.</summary>
internal static class GapsCommand
{
    private const int DefaultTop = 20;

    public static Command Create()
    {
        var top = new Option<int>("--top") { Description = $"How many questions to list (default {DefaultTop}).", DefaultValueFactory = _ => DefaultTop };
        var db = new Option<string?>("--db") { Description = "The learning database; default: Learning:DatabasePath, else rolebot-learning.db in the working directory." };
        var command = new Command("gaps", "List the most frequent unanswered or badly rated questions, with counts and when each was last seen.") { top, db };
        command.SetAction(async (result, _) =>
        {
            var count = result.GetValue(top);
            if (count < 1)
            {
                await Console.Error.WriteLineAsync("--top must be at least 1.");
                return 1;
            }

            var path = result.GetValue(db);
            if (string.IsNullOrWhiteSpace(path))
            {
                var options = new LearningOptions();
                RoleBotHost.CliConfiguration().GetSection(LearningOptions.SectionName).Bind(options);
                path = options.DatabasePath;
            }

            IReadOnlyList<LearningGap> gaps;
            try
            {
                gaps = LearningGaps.Read(path, count);
            }
            catch (FileNotFoundException)
            {
                await Console.Error.WriteLineAsync($"No learning database at {Path.GetFullPath(path)}: nothing has been recorded yet (or pass --db).");
                return 1;
            }
            catch (SqliteException e)
            {
                await Console.Error.WriteLineAsync($"Could not read the learning database {Path.GetFullPath(path)}: {e.Message}");
                return 1;
            }

            await Console.Out.WriteAsync(Format(gaps));
            return 0;
        });
        return command;
    }

    internal static string Format(IReadOnlyList<LearningGap> gaps)
    {
        if (gaps.Count == 0)
        {
            return "No gaps: every recorded question was answered and nobody rated an answer not helpful." + Environment.NewLine;
        }

        var lines = new System.Text.StringBuilder();
        lines.AppendLine("count  declined  not-helpful  last seen (UTC)   question");
        foreach (var gap in gaps)
        {
            lines.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{gap.Count,5}  {gap.Declined,8}  {gap.NotHelpful,11}  {gap.LastSeen.UtcDateTime:yyyy-MM-dd HH:mm}  {OneLine(gap.Question)}"));
        }

        return lines.ToString();
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
