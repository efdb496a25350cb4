using Microsoft.Playwright;
using RoleBot.Web.Tests.Support;

namespace RoleBot.Web.Tests.Browser;

/// <summary>
/// RoleBot on a real loopback port and Debian's headless Chromium (installed by scripts/test-deps/chromium.sh;
/// Playwright's own browser download is never used). ROLEBOT_CHROMIUM overrides the browser's path.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    public KestrelWebChatFactory RoleBot { get; } = new();

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("ROLEBOT_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
        });
    }

    /// <summary>A fresh tab (its own sessionStorage, so its own conversation) at the given size and colour scheme.</summary>
    public async Task<IPage> NewPageAsync(int width = 1024, int height = 900, ColorScheme colorScheme = ColorScheme.Light)
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = RoleBot.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ReducedMotion = ReducedMotion.Reduce,
            ColorScheme = colorScheme,
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        await RoleBot.DisposeAsync();
    }
}
