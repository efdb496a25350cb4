using System.Globalization;

namespace RoleBot.Core.Learning;

/// <summary>Reads the learning database for <c>kb gaps</c>: the most frequent unanswered or badly rated questions.</summary>
public static class LearningGaps
{
    private const string Sql = """
        SELECT
            (SELECT question FROM learning_events latest
             WHERE latest.question_key = e.question_key AND latest.kind IN ('declined', 'not_helpful')
             ORDER BY latest.id DESC LIMIT 1),
            COUNT(*),
            SUM(kind = 'declined'),
            SUM(kind = 'not_helpful'),
            MAX(at)
        FROM learning_events e
        WHERE kind IN ('declined', 'not_helpful')
        GROUP BY question_key
        ORDER BY COUNT(*) DESC, MAX(at) DESC
        LIMIT $top
        """;

    /// <summary>The <paramref name="top"/> most frequent gaps; throws <see cref="FileNotFoundException"/> when there is no database yet.</summary>
    public static IReadOnlyList<LearningGap> Read(string databasePath, int top)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        if (!File.Exists(databasePath))
        {
            throw new FileNotFoundException("There is no learning database here yet.", Path.GetFullPath(databasePath));
        }

        using var connection = LearningSchema.OpenForReading(databasePath);
        using var query = connection.CreateCommand();
        query.CommandText = Sql;
        query.Parameters.AddWithValue("$top", top);
        using var reader = query.ExecuteReader();
        var gaps = new List<LearningGap>();
        while (reader.Read())
        {
            gaps.Add(new LearningGap(
                reader.GetString(0),
                reader.GetInt32(1),
                reader.GetInt32(2),
                reader.GetInt32(3),
                DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)));
        }

        return gaps;
    }
}
