using System.ComponentModel.DataAnnotations;

namespace RoleBot.Core.Semantic;

/// <summary>
/// The <c>Semantic</c> section: the sentence model and how its vote is blended with the lexical reading. The thresholds
/// were set on the calibration split (<c>tests/RoleBot.Core.Tests/Eval/blind/calibration.jsonl</c>) and on nothing else.
/// </summary>
public sealed class SemanticOptions
{
    public const string SectionName = "Semantic";

    /// <summary>Off: RoleBot reads questions lexically only, and never loads the sentence model.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Where the sentence model's file is unpacked from its package and loaded from; default: a per-user folder
    /// (~/.local/share/rolebot/models). Unwritable: the model is loaded from memory, with about twice the resident memory.
    /// </summary>
    public string? ModelDirectory { get; set; }

    /// <summary>
    /// Threads ONNX Runtime may use for one question. Two answered a question alone about a fifth faster on a 2-core
    /// machine (median 7.6-8.1 against 9.0-9.4 ms), at 10-30% fewer answers per second with both cores busy; 1 suits a
    /// deployment that is busy all the time, where every core already has a question of its own.
    /// </summary>
    [Range(1, 16)]
    public int Threads { get; set; } = 2;

    /// <summary>How many nearest examples vote.</summary>
    [Range(1, 100)]
    public int Neighbours { get; set; } = 10;

    /// <summary>
    /// How many nearest examples are searched for those that deny an attack as the question does ("down, not a hack"):
    /// the ten that vote are often all about the same system under attack, since a denied attack reads much like one.
    /// </summary>
    [Range(1, 200)]
    public int DenialNeighbours { get; set; } = 40;

    /// <summary>How fast a neighbour's vote fades with its distance beyond the nearest one's.</summary>
    [Range(0.001, 1.0)]
    public double Temperature { get; set; } = 0.05;

    /// <summary>
    /// Whether the model's weights are rearranged at start for faster questions: about a third faster per question, for
    /// about 0.2 s more at start. <c>ask</c> with one question turns it off.
    /// </summary>
    public bool PrepackWeights { get; set; } = true;

    /// <summary>A lexical answer at least this sure is given without asking the sentence model (the fast path).</summary>
    [Range(0.0, 1.01)]
    public double FastPathConfidence { get; set; } = 0.7;

    /// <summary>The share of the neighbours' vote a label needs before it overrules, or stands in for, the lexical reading.</summary>
    [Range(0.0, 1.0)]
    public double AnswerProbability { get; set; } = 0.5;

    /// <summary>The share of the vote a label needs to replace an answer, or an explicit decline, of the lexical reading.</summary>
    [Range(0.0, 1.01)]
    public double OverrideProbability { get; set; } = 0.7;

    /// <summary>
    /// A question at least this similar to a labelled example is a paraphrase of it: a clear vote then outranks even a
    /// sure lexical answer ("ballpark, how many CIOs get hands-on in a breach?" asks for a figure, not the CIO's role).
    /// </summary>
    [Range(0.0, 1.01)]
    public double ParaphraseSimilarity { get; set; } = 0.8;

    /// <summary>An explicit lexical decline is overturned only when out-of-scope neighbours hold less than this share.</summary>
    [Range(0.0, 1.0)]
    public double UncontestedShare { get; set; } = 0.05;

    /// <summary>The nearest example must be at least this similar before the model's label is trusted at all.</summary>
    [Range(0.0, 1.0)]
    public double MinSimilarity { get; set; } = 0.45;

    /// <summary>A share of out-of-scope neighbours at least this large declines even a question the lexical reading answered.</summary>
    [Range(0.0, 1.01)]
    public double DeclineProbability { get; set; } = 0.3;

    /// <summary>
    /// A question that names a role is declined when, with the role taken out, at least this share of its neighbours
    /// is out of scope: "how many vacation days does the CISO get?" asks about leave, not about the CISO, but sentence
    /// vectors weigh the role's name more than what is asked of it.
    /// </summary>
    [Range(0.0, 1.01)]
    public double RoleFreeDeclineProbability { get; set; } = 0.8;

    /// <summary>
    /// A question is declined, however sure the lexical reading, when at least this share of the nearest asked questions
    /// (names and aliases left out) is out of scope: "how do I set up multi-factor authentication on my phone?" is a
    /// how-to, though the alias "multi-factor authentication" is its single nearest example.
    /// </summary>
    [Range(0.0, 1.01)]
    public double AskedDeclineProbability { get; set; } = 0.45;

    /// <summary>
    /// An answer is declined when, with its topic words taken out, at least this share of the nearest asked questions
    /// is out of scope (see <see cref="ActIndex"/>) and the nearest is at least <see cref="ActMinSimilarity"/> alike.
    /// </summary>
    [Range(0.0, 1.01)]
    public double ActDeclineProbability { get; set; } = 0.5;

    /// <summary>
    /// The lexical reading's entry stands against the vote's entry of the same intent when its neighbours carry at least
    /// this share of the vote's entry's weight.
    /// </summary>
    [Range(0.0, 10.0)]
    public double LexicalTieShare { get; set; } = 0.5;

    /// <summary>How alike the nearest topic-free question must be before the topic-free vote can decline.</summary>
    [Range(0.0, 1.01)]
    public double ActMinSimilarity { get; set; } = 0.6;

    /// <summary>
    /// A question at least this similar to an example labelled in scope (with a clear vote) is never declined by the
    /// topic-free vote: it is all but a copy of a question the organisation said RoleBot answers.
    /// </summary>
    [Range(0.0, 1.01)]
    public double ActKeepSimilarity { get; set; } = 0.85;

    /// <summary>A sure lexical answer is still declined when out-of-scope neighbours hold at least this share.</summary>
    [Range(0.0, 1.01)]
    public double FastPathDeclineProbability { get; set; } = 0.6;

    /// <summary>
    /// An incident the lexical reading saw but could not place is answered with the incident the neighbours point to
    /// most when at least this share of them report incidents.
    /// </summary>
    [Range(0.0, 1.01)]
    public double IncidentAnswerProbability { get; set; } = 0.6;

    /// <summary>A declined message whose neighbours put at least this share on incidents still says where to report one.</summary>
    [Range(0.0, 1.0)]
    public double IncidentProbability { get; set; } = 0.25;
}
