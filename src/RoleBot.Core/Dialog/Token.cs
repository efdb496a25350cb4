namespace RoleBot.Core.Dialog;

/// <summary>One lower-cased word of a question.</summary>
/// <param name="IsDepartmentIt">True for "IT" written in capitals: the department, not the pronoun.</param>
/// <param name="EndsClause">True when punctuation that closes a clause (",", ")", "?"…) follows the word.</param>
public readonly record struct Token(string Text, bool IsDepartmentIt = false, bool EndsClause = false);
