using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace RoleBot.Slack;

/// <summary>Reads the form-encoded bodies of slash commands and interactions from the verified raw bytes.</summary>
internal static class SlackForm
{
    /// <summary>The fields, or null when the body is not a valid form.</summary>
    public static Dictionary<string, StringValues>? Parse(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var reader = new FormReader(Encoding.UTF8.GetString(body.Span));
            return reader.ReadForm();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    public static string? Field(this Dictionary<string, StringValues> form, string name) =>
        form.TryGetValue(name, out var value) && !StringValues.IsNullOrEmpty(value) ? value.ToString() : null;

    /// <summary>An absolute http(s) URL from a signed payload, or null.</summary>
    public static Uri? HttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) ? url : null;
}
