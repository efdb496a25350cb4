using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace RoleBot.Web.Tests.Browser;

public sealed class ChatPageBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private static readonly Regex Declined = new(@"\bdeclined\b");

    [Fact]
    public async Task A_typed_question_shows_the_owner_and_a_sourced_figure_and_a_suggestion_asks_the_follow_up()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByLabel("Your question").FillAsync("Who leads incident response?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask", Exact = true }).ClickAsync();

        var first = page.Locator("article.bot").Nth(0);
        await Expect(first.Locator(".owner .badge")).ToHaveTextAsync("CISO");
        await Expect(first.Locator(".figure").First.Locator(".figure-value")).ToHaveTextAsync("80%");
        await Expect(first.Locator(".figure").First.Locator(".figure-source")).ToContainTextAsync("Source: ");
        await Expect(first.Locator("ol.steps > li")).Not.ToHaveCountAsync(0);

        var chip = first.Locator(".suggestions button.chip").Filter(new() { HasTextString = "statistics" });
        var followUp = await chip.TextContentAsync();
        await chip.ClickAsync();

        var second = page.Locator("article.bot").Nth(1);
        await Expect(page.Locator(".message.user").Nth(1)).ToHaveTextAsync(followUp!);
        await Expect(second).Not.ToHaveClassAsync(Declined);
        await Expect(second.Locator(".figure-value").First).Not.ToBeEmptyAsync();
    }

    [Fact]
    public async Task Each_tab_keeps_its_own_conversation_so_follow_ups_resolve_only_there()
    {
        var tab = await chromium.NewPageAsync();
        var otherTab = await chromium.NewPageAsync();
        await tab.GotoAsync("/?q=" + Uri.EscapeDataString("Who leads incident response?"));
        await Expect(tab.Locator("article.bot .owner .badge")).ToHaveTextAsync("CISO");
        await otherTab.GotoAsync("/");

        await tab.GetByLabel("Your question").FillAsync("any stats on that?");
        await tab.Keyboard.PressAsync("Enter");
        await otherTab.GetByLabel("Your question").FillAsync("any stats on that?");
        await otherTab.Keyboard.PressAsync("Enter");

        await Expect(tab.Locator("article.bot").Nth(1).Locator(".figure-value").First).ToHaveTextAsync("80%");
        await Expect(otherTab.Locator("article.bot")).ToHaveClassAsync(Declined);
    }

    [Fact]
    public async Task New_conversation_starts_afresh_so_earlier_context_no_longer_applies()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync("/?q=" + Uri.EscapeDataString("Who leads incident response?"));
        await Expect(page.Locator("article.bot .owner .badge")).ToHaveTextAsync("CISO");

        await page.GetByRole(AriaRole.Button, new() { Name = "New conversation" }).ClickAsync();
        await Expect(page.Locator("article.bot")).ToHaveCountAsync(0);
        await page.GetByLabel("Your question").FillAsync("any stats on that?");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("article.bot")).ToHaveClassAsync(Declined);
    }

    [Fact]
    public async Task A_linked_question_is_asked_as_soon_as_the_page_opens()
    {
        var page = await chromium.NewPageAsync();

        await page.GotoAsync("/?q=" + Uri.EscapeDataString("Who owns the IT budget?"));

        await Expect(page.Locator(".message.user")).ToHaveTextAsync("Who owns the IT budget?");
        await Expect(page.Locator("article.bot .owner .badge")).ToHaveTextAsync("CIO");
    }

    [Fact]
    public async Task Figures_that_disagree_stand_side_by_side_each_with_its_source()
    {
        var page = await chromium.NewPageAsync(1280, 1000);
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Button, new() { Name = "What share of CISOs report to the CIO?" }).ClickAsync();

        var conflicting = page.Locator("article.bot .conflict").First.Locator(".figure");
        await Expect(conflicting.Nth(1)).ToBeVisibleAsync();
        var boxes = new List<LocatorBoundingBoxResult>();
        for (var i = 0; i < Math.Min(await conflicting.CountAsync(), 3); i++)
        {
            await Expect(conflicting.Nth(i).Locator(".figure-source")).ToContainTextAsync("Source: ");
            boxes.Add((await conflicting.Nth(i).BoundingBoxAsync())!);
        }

        Assert.All(boxes.Skip(1), b => Assert.Equal(boxes[0].Y, b.Y, 1.0));
        Assert.All(boxes.Skip(1), b => Assert.True(b.X > boxes[0].X));
        await SaveScreenshotIfAskedAsync();
    }

    [Fact]
    public async Task The_helpful_button_records_the_rating_for_the_web_channel()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync("/?q=" + Uri.EscapeDataString("Who owns patch management?"));
        var answer = page.Locator("article.bot").First;
        await Expect(answer.Locator(".owner .badge")).Not.ToBeEmptyAsync();

        await answer.GetByRole(AriaRole.Button, new() { Name = "Helpful", Exact = true }).ClickAsync();

        await Expect(answer.Locator(".feedback-note")).ToHaveTextAsync("Thanks, noted.");
        Assert.Contains(chromium.RoleBot.Feedback.Entries, e => e is { Channel: "web", Question: "Who owns patch management?", Helpful: true, AnswerGiven.Length: > 0 });
    }

    [Fact]
    public async Task On_a_phone_the_page_fits_the_screen_and_works_from_the_keyboard()
    {
        var page = await chromium.NewPageAsync(375, 740);
        await page.GotoAsync("/");

        await Expect(page.GetByLabel("Your question")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("What does the CIO do?");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("article.bot .owner .badge")).ToHaveTextAsync("CIO");

        await page.Locator("article.bot .suggestions button.chip").First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("article.bot")).ToHaveCountAsync(2);

        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.Equal(0, overflow);
    }

    [Fact]
    public async Task Markup_in_a_question_is_shown_as_text_and_never_runs()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync("/");
        const string question = "<img src=x onerror=\"document.title='owned'\"> who owns patching?";

        await page.GetByLabel("Your question").FillAsync(question);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator(".message.user")).ToHaveTextAsync(question);
        await Expect(page.Locator("article.bot")).ToHaveCountAsync(1);
        Assert.Equal(0, await page.Locator("#conversation img").CountAsync());
        Assert.NotEqual("owned", await page.TitleAsync());
    }

    /// <summary>scripts/web-screenshot.sh sets ROLEBOT_WEB_SCREENSHOT to refresh docs/web-chat.png.</summary>
    private async Task SaveScreenshotIfAskedAsync()
    {
        if (Environment.GetEnvironmentVariable("ROLEBOT_WEB_SCREENSHOT") is not { Length: > 0 } path)
        {
            return;
        }

        var page = await chromium.NewPageAsync(1100, 1900);
        await page.GotoAsync("/?q=" + Uri.EscapeDataString("What share of CISOs report to the CIO?"));
        await Expect(page.Locator("article.bot")).ToHaveCountAsync(1);
        await page.GetByLabel("Your question").FillAsync("We were hit by ransomware, who do I call?");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("article.bot")).ToHaveCountAsync(2);
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
    }
}
