using Microsoft.Extensions.Options;

namespace RoleBot.Core.RateLimiting;

/// <summary>Stops start-up on a limit that would refuse everyone or never reset.</summary>
public sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    private static readonly TimeSpan LongestWindow = TimeSpan.FromDays(1);

    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.PermitLimit < 1)
        {
            failures.Add($"RateLimiting:PermitLimit must be at least 1 (it is {options.PermitLimit}); set RateLimiting:Enabled to false to turn limiting off.");
        }

        if (options.Window <= TimeSpan.Zero || options.Window > LongestWindow)
        {
            failures.Add($"RateLimiting:Window must be more than zero and at most one day, e.g. 00:01:00 (it is {options.Window}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
