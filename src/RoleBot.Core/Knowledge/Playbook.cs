namespace RoleBot.Core.Knowledge;

/// <summary>What to do, in order, when an incident is happening now.</summary>
public sealed class Playbook
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>Who the person should contact first: CIO, CISO or Shared.</summary>
    public string Owner { get; set; } = "";
    public List<string> Lead { get; set; } = [];
    public List<string> Support { get; set; } = [];
    public string Summary { get; set; } = "";
    /// <summary>Words and phrases that signal this kind of incident.</summary>
    public List<string> Triggers { get; set; } = [];
    /// <summary>Optional: words one of which a question must contain for this playbook to apply ("down", "offline").</summary>
    public List<string> Requires { get; set; } = [];
    public List<EscalationStepEntry> Steps { get; set; } = [];
    public List<string> Statistics { get; set; } = [];
    public List<SourceRef> Sources { get; set; } = [];
}
