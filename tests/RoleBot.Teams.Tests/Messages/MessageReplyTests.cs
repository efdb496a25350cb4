using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Core.Answers;
using RoleBot.Core.Dialog;
using RoleBot.Teams.Tests.Support;

namespace RoleBot.Teams.Tests.Messages;

/// <summary>Messages are acknowledged, answered through the Bot Connector exactly as its REST API documents, with state per conversation.</summary>
public sealed class MessageReplyTests
{
    [Fact]
    public async Task A_channel_mention_is_answered_in_its_thread_at_the_exact_reply_url_with_the_bots_token()
    {
        await using var app = new TeamsApp();

        using var response = await app.PostActivityAsync(TeamsActivities.ChannelMention("Who owns patch management?").ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var reply = (await app.Microsoft.WaitForConnectorAsync(1))[0];
        Assert.Equal(HttpMethod.Post, reply.Method);
        Assert.Equal(
            "https://smba.trafficmanager.net/amer/v3/conversations/19%3A97b2d6b2f7a04ef1b9ec2e1c3c5c5f40%40thread.tacv2%3Bmessageid%3D1700000000001/activities/1700000000001",
            reply.Url.AbsoluteUri);
        Assert.Equal("Bearer", reply.Authorization?.Scheme);
        Assert.Equal(FakeMicrosoft.AccessToken, reply.Authorization?.Parameter);
        Assert.Equal("application/json; charset=utf-8", reply.ContentType);

        var body = reply.Json;
        Assert.Equal("message", body.GetProperty("type").GetString());
        Assert.Equal("msteams", body.GetProperty("channelId").GetString());
        Assert.Equal(TeamsActivities.ServiceUrl, body.GetProperty("serviceUrl").GetString());
        Assert.Equal("1700000000001", body.GetProperty("replyToId").GetString());
        Assert.Equal(TeamsActivities.BotId, body.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal(TeamsActivities.UserId, body.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal(TeamsActivities.ChannelConversationId, body.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal(TeamsActivities.TenantId, body.GetProperty("conversation").GetProperty("tenantId").GetString());
        var attachment = Assert.Single(body.GetProperty("attachments").EnumerateArray());
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var card = attachment.GetProperty("content");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Contains("patch", card.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_bots_mention_is_stripped_before_the_question_reaches_the_dialog()
    {
        var dialog = new RecordingDialog();
        await using var app = new TeamsApp(services: s => s.AddSingleton<IRoleBotDialog>(dialog));

        await app.PostActivityAsync(TeamsActivities.ChannelMention("Who owns patch management?").ToJsonString());
        await app.Microsoft.WaitForConnectorAsync(1);

        var question = Assert.Single(dialog.Questions);
        Assert.Equal("Who owns patch management?", question.Text);
        Assert.Equal(TeamsActivities.ChannelConversationId, question.ConversationId);
        Assert.Equal("teams", question.Channel);
        Assert.Equal(TeamsActivities.UserAadId, question.UserId);
    }

    [Fact]
    public async Task A_group_chat_mention_without_entity_text_is_stripped_by_the_mentioned_name()
    {
        var dialog = new RecordingDialog();
        await using var app = new TeamsApp(services: s => s.AddSingleton<IRoleBotDialog>(dialog));

        await app.PostActivityAsync(TeamsActivities.GroupChatMentionWithoutEntityText("who leads incident response?").ToJsonString());
        await app.Microsoft.WaitForConnectorAsync(1);

        Assert.Equal("who leads incident response?", Assert.Single(dialog.Questions).Text);
    }

    [Fact]
    public async Task Follow_ups_in_the_same_conversation_resolve_against_the_previous_question()
    {
        await using var app = new TeamsApp();

        await app.PostActivityAsync(TeamsActivities.Personal("Who leads incident response?", id: "1700000000021").ToJsonString());
        await app.Microsoft.WaitForConnectorAsync(1);
        await app.PostActivityAsync(TeamsActivities.Personal("any stats on that?", id: "1700000000022").ToJsonString());
        var replies = await app.Microsoft.WaitForConnectorAsync(2);

        var followUp = replies[1].Json.GetProperty("attachments")[0].GetProperty("content").GetRawText();
        Assert.Contains("80%", followUp, StringComparison.Ordinal);
        Assert.EndsWith("/activities/1700000000022", replies[1].Url.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_outbound_token_is_requested_once_by_client_credentials_and_reused()
    {
        await using var app = new TeamsApp();

        await app.PostActivityAsync(TeamsActivities.Personal("Who owns patch management?", id: "1700000000031").ToJsonString());
        await app.Microsoft.WaitForConnectorAsync(1);
        await app.PostActivityAsync(TeamsActivities.Personal("Who owns IT strategy?", id: "1700000000032").ToJsonString());
        await app.Microsoft.WaitForConnectorAsync(2);

        var tokenRequest = Assert.Single(app.Microsoft.TokenRequests);
        Assert.Equal(HttpMethod.Post, tokenRequest.Method);
        Assert.Equal(FakeMicrosoft.TokenUrl, tokenRequest.Url.AbsoluteUri);
        Assert.Equal("application/x-www-form-urlencoded", tokenRequest.ContentType);
        var form = tokenRequest.Body.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(TeamsApp.AppId, form["client_id"]);
        Assert.Equal(TeamsApp.AppPassword, form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
        Assert.DoesNotContain(TeamsApp.AppPassword, app.AllLogs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_single_tenant_bot_gets_its_token_from_its_own_tenant()
    {
        const string tenant = "3e1d2c4b-5a69-4780-9d1e-2f3a4b5c6d7e";
        await using var app = new TeamsApp(settings: new() { ["MicrosoftAppType"] = "SingleTenant", ["MicrosoftAppTenantId"] = tenant });

        await app.PostActivityAsync(TeamsActivities.Personal("Who owns patch management?").ToJsonString());
        await app.Microsoft.WaitForConnectorAsync(1);

        Assert.Contains(app.Microsoft.Requests, r => r.Url.AbsoluteUri == $"https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token");
    }

    [Fact]
    public async Task A_throttled_reply_is_retried_after_the_connectors_retry_after()
    {
        await using var app = new TeamsApp();
        app.Microsoft.ThenConnector(() => new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = new(TimeSpan.FromMilliseconds(100)) } });
        app.Microsoft.ThenConnector(() => new HttpResponseMessage(HttpStatusCode.BadGateway));

        await app.PostActivityAsync(TeamsActivities.Personal("Who owns patch management?").ToJsonString());

        var attempts = await app.Microsoft.WaitForConnectorAsync(3);
        Assert.Equal(attempts[0].Body, attempts[2].Body);
        Assert.Equal(attempts[0].Url, attempts[2].Url);
    }

    [Fact]
    public async Task A_401_from_the_connector_gets_a_fresh_token_and_one_more_try()
    {
        await using var app = new TeamsApp();
        app.Microsoft.ThenConnector(() => new HttpResponseMessage(HttpStatusCode.Unauthorized));

        await app.PostActivityAsync(TeamsActivities.Personal("Who owns patch management?").ToJsonString());

        var attempts = await app.Microsoft.WaitForConnectorAsync(2);
        Assert.Equal(attempts[0].Body, attempts[1].Body);
        Assert.Equal(2, app.Microsoft.TokenRequests.Count);
        Assert.Equal(2, await app.Microsoft.ConnectorCountAfterSettlingAsync());
    }

    [Fact]
    public async Task A_slow_answer_is_preceded_by_a_typing_indicator()
    {
        var dialog = new RecordingDialog { Delay = TimeSpan.FromMilliseconds(300) };
        await using var app = new TeamsApp(settings: new() { ["Teams:TypingDelay"] = "00:00:00.050" }, services: s => s.AddSingleton<IRoleBotDialog>(dialog));

        await app.PostActivityAsync(TeamsActivities.Personal("Who owns patch management?").ToJsonString());

        var sent = await app.Microsoft.WaitForConnectorAsync(2);
        Assert.Equal("typing", sent[0].Json.GetProperty("type").GetString());
        Assert.EndsWith("/activities/1700000000002", sent[0].Url.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("message", sent[1].Json.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_quick_answer_goes_out_without_a_typing_indicator()
    {
        await using var app = new TeamsApp();

        await app.PostActivityAsync(TeamsActivities.Personal("Who owns patch management?").ToJsonString());
        await app.Microsoft.WaitForConnectorAsync(1);

        Assert.Equal(1, await app.Microsoft.ConnectorCountAfterSettlingAsync());
        Assert.Equal("message", app.Microsoft.ConnectorRequests[0].Json.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Activity_types_RoleBot_does_not_handle_are_acknowledged_and_ignored()
    {
        await using var app = new TeamsApp();
        var reaction = TeamsActivities.Personal("");
        reaction["type"] = "messageReaction";
        reaction["reactionsAdded"] = new JsonArray(new JsonObject { ["type"] = "like" });

        using var response = await app.PostActivityAsync(reaction.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await app.Microsoft.ConnectorCountAfterSettlingAsync());
    }

    [Fact]
    public async Task A_refused_reply_is_counted_and_logged_without_crashing_the_worker()
    {
        await using var app = new TeamsApp();
        app.Microsoft.ThenConnector(() => new HttpResponseMessage(HttpStatusCode.Forbidden));

        await app.PostActivityAsync(TeamsActivities.Personal("Who owns patch management?", id: "1700000000041").ToJsonString());
        await app.Microsoft.WaitForConnectorAsync(1);
        await app.PostActivityAsync(TeamsActivities.Personal("Who owns IT strategy?", id: "1700000000042").ToJsonString());

        var sent = await app.Microsoft.WaitForConnectorAsync(2);
        Assert.EndsWith("/activities/1700000000042", sent[1].Url.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains("answered 403", app.AllLogs, StringComparison.Ordinal);
    }

    /// <summary>The real dialog, with the questions it was asked recorded and an optional delay.</summary>
    private sealed class RecordingDialog : IRoleBotDialog
    {
        private readonly List<Question> questions = [];

        public TimeSpan Delay { get; init; }

        public IReadOnlyList<Question> Questions
        {
            get
            {
                lock (questions)
                {
                    return [.. questions];
                }
            }
        }

        public async ValueTask<Answer> AskAsync(Question question, CancellationToken cancellationToken = default)
        {
            lock (questions)
            {
                questions.Add(question);
            }

            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay, cancellationToken);
            }

            return new Answer { Answered = true, Intent = Intent.Ownership, Owner = new RoleOwner("CISO"), Title = "Test", Summary = "The CISO owns it." };
        }
    }
}
