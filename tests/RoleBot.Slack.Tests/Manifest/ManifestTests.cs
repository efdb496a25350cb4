using Microsoft.AspNetCore.Builder;
using YamlDotNet.RepresentationModel;

namespace RoleBot.Slack.Tests.Manifest;

/// <summary>The app manifest must point Slack at the URLs RoleBot maps and ask for exactly the scopes and events it handles.</summary>
public sealed class ManifestTests
{
    private static readonly YamlMappingNode Root = Load();

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

    private static string Scalar(params string[] path) => Node(path).ToString();

    private static string[] Sequence(params string[] path) => [.. ((YamlSequenceNode)Node(path)).Children.Select(c => c.ToString())];

    private static YamlNode Node(params string[] path) => path.Aggregate((YamlNode)Root, (node, key) => ((YamlMappingNode)node)[key]);

    /// <summary>The repository's manifest, copied next to the tests by the project file.</summary>
    private static YamlMappingNode Load()
    {
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "manifests", "slack", "manifest.yml"));
        var yaml = new YamlStream();
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }
}
