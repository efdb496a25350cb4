namespace RoleBot.Core.Dialog;

/// <summary>One lower-cased word of a question.</summary>
/// <param name="IsDepartmentIt">True for "IT" written in capitals: the department, not the pronoun.</param>
public readonly record struct Token(string Text, bool IsDepartmentIt = false);
