using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace RoleBot.Web.Tests.Browser;

public sealed class AccessibilityTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Theory]
    [InlineData(1024, 900, ColorScheme.Light)]
    [InlineData(375, 740, ColorScheme.Light)]
    [InlineData(375, 740, ColorScheme.Dark)]
    public async Task The_page_with_answers_passes_axe_accessibility_checks(int width, int height, ColorScheme scheme)
    {
        var page = await chromium.NewPageAsync(width, height, scheme);
        await page.GotoAsync("/");
        var start = await page.RunAxe();
        await page.GotoAsync("/?q=" + Uri.EscapeDataString("What share of CISOs report to the CIO?"));
        await Expect(page.Locator("article.bot .conflict")).ToBeVisibleAsync();
        await page.GetByLabel("Your question").FillAsync("We were hit by ransomware, who do I call?");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("article.bot ol.steps")).ToBeVisibleAsync();

        var answered = await page.RunAxe();

        var violations = start.Violations.Concat(answered.Violations)
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToArray();
        Assert.True(violations.Length == 0, string.Join(Environment.NewLine, violations));
    }
}
