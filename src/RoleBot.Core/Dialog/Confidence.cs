namespace RoleBot.Core.Dialog;

/// <summary>
/// Turns a search hit into a 0..1 confidence: mostly how much of the question the entry covers (an
/// unknown word such as "marketing" or "pasta" pulls it down hard), a little how strong the match is,
/// and less when words had to be typo-corrected.
/// </summary>
internal static class Confidence
{
    private const double ScoreHalfPoint = 4;

    public static double Of(double score, double coverage, int corrections)
    {
        var strength = score / (score + ScoreHalfPoint);
        var confidence = coverage * (0.6 + (0.4 * strength));
        return Math.Round(confidence * Math.Pow(0.95, corrections), 3);
    }
}
