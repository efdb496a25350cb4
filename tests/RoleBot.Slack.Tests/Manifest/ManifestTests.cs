using Microsoft.AspNetCore.Builder;
using YamlDotNet.RepresentationModel;

namespace RoleBot.Slack.Tests.Manifest;

/// <summary>
/// The app manifest must point Slack at the URLs RoleBot maps and ask for exactly the scopes and events it handles; its
/// Socket Mode variant must ask for the same with no URL at all.
/// </summary>
public sealed class ManifestTests
{
    private static readonly YamlMappingNode Root = Load("manifest.yml");
    private static readonly YamlMappingNode SocketMode = Load("manifest-socket-mode.yml");

    [Fact]
    public void The_manifest_points_slack_at_the_mapped_endpoints()
    {
        Assert.Equal("https://ROLEBOT_PUBLIC_BASE_URL" + SlackEndpointRouteBuilderExtensions.EventsPath, Scalar("settings", "event_subscriptions", "request_url"));
        Assert.Equal("https://ROLEBOT_PUBLIC_BASE_URL" + SlackEndpointRouteBuilderExtensions.InteractionsPath, Scalar("settings", "interactivity", "request_url"));
        var command = (YamlMappingNode)((YamlSequenceNode)Node("features", "slash_commands")).Children.Single();
        Assert.Equal("/rolebot", command["command"].ToString());
        Assert.Equal("https://ROLEBOT_PUBLIC_BASE_URL" + SlackEndpointRouteBuilderExtensions.CommandsPath, command["url"].ToString());
    }

    [Fact]
    public void The_manifest_asks_for_the_four_scopes_and_two_events_rolebot_uses()
    {
        Assert.Equal(["app_mentions:read", "chat:write", "im:history", "commands"], Sequence("oauth_config", "scopes", "bot"));
        Assert.Equal(["app_mention", "message.im"], Sequence("settings", "event_subscriptions", "bot_events"));
        Assert.Equal("RoleBot", Scalar("features", "bot_user", "display_name"));
    }

    [Fact]
    public void The_socket_mode_manifest_turns_socket_mode_on_and_has_no_request_url()
    {
        Assert.Equal("true", Node(SocketMode, "settings", "socket_mode_enabled").ToString());
        Assert.Equal("false", Scalar("settings", "socket_mode_enabled"));
        Assert.Equal("true", Node(SocketMode, "settings", "interactivity", "is_enabled").ToString());
        Assert.DoesNotContain(Keys(SocketMode), k => k is "url" or "request_url");
        Assert.Contains(Keys(Root), k => k is "request_url");
    }

    [Fact]
    public void The_socket_mode_manifest_asks_for_the_same_scopes_events_and_command()
    {
        Assert.Equal(Sequence("oauth_config", "scopes", "bot"), Sequence(SocketMode, "oauth_config", "scopes", "bot"));
        Assert.Equal(Sequence("settings", "event_subscriptions", "bot_events"), Sequence(SocketMode, "settings", "event_subscriptions", "bot_events"));
        var command = (YamlMappingNode)((YamlSequenceNode)Node(SocketMode, "features", "slash_commands")).Children.Single();
        Assert.Equal("/rolebot", command["command"].ToString());
    }

    private static string Scalar(params string[] path) => Node(Root, path).ToString();

    private static string[] Sequence(params string[] path) => Sequence(Root, path);

    private static string[] Sequence(YamlMappingNode root, params string[] path) => [.. ((YamlSequenceNode)Node(root, path)).Children.Select(c => c.ToString())];

    private static YamlNode Node(params string[] path) => Node(Root, path);

    private static YamlNode Node(YamlMappingNode root, params string[] path) => path.Aggregate((YamlNode)root, (node, key) => ((YamlMappingNode)node)[key]);

    /// <summary>Every mapping key anywhere in the document.</summary>
    private static IEnumerable<string> Keys(YamlNode node) => node switch
    {
        YamlMappingNode map => map.Children.SelectMany(p => Keys(p.Value).Prepend(p.Key.ToString())),
        YamlSequenceNode list => list.Children.SelectMany(Keys),
        _ => [],
    };

    /// <summary>One of the repository's manifests, copied next to the tests by the project file.</summary>
    private static YamlMappingNode Load(string file)
    {
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "manifests", "slack", file));
        var yaml = new YamlStream();
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }
}
