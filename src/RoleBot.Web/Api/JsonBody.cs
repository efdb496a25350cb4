using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace RoleBot.Web.Api;

/// <summary>
/// Reads a JSON object body of at most <see cref="MaxBytes"/>. The limit holds for chunked bodies too: the
/// declared length is checked first, then every byte actually read counts, so nothing larger is ever buffered.
/// </summary>
internal static class JsonBody
{
    public const long MaxBytes = 64 * 1024;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    public static async ValueTask<Parsed<T>> ReadAsync<T>(HttpContext context, Func<JsonElement, Parsed<T>> parse)
        where T : class
    {
        var request = context.Request;
        if (!request.HasJsonContentType())
        {
            return Refusal.NotJsonMediaType;
        }

        if (request.ContentLength > MaxBytes)
        {
            return Refusal.TooLarge;
        }

        // Kestrel then stops reading (and draining) a body past the limit instead of its 30 MB default.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MaxBytes;
        }

        var reader = request.BodyReader;
        try
        {
            while (true)
            {
                var read = await reader.ReadAsync(context.RequestAborted);
                var buffer = read.Buffer;
                if (buffer.Length > MaxBytes)
                {
                    reader.AdvanceTo(buffer.End);
                    return Refusal.TooLarge;
                }

                if (read.IsCompleted)
                {
                    try
                    {
                        return Parse(buffer, parse);
                    }
                    finally
                    {
                        reader.AdvanceTo(buffer.End);
                    }
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        catch (BadHttpRequestException e)
        {
            return e.StatusCode == StatusCodes.Status413PayloadTooLarge ? Refusal.TooLarge : Refusal.Malformed("the request body could not be read.");
        }
    }

    private static Parsed<T> Parse<T>(ReadOnlySequence<byte> body, Func<JsonElement, Parsed<T>> parse)
        where T : class
    {
        // The reader checks UTF-8 only inside the strings it is asked to read, so a field RoleBot ignores could carry anything.
        if (!Utf8.IsValid(body.IsSingleSegment ? body.FirstSpan : body.ToArray()))
        {
            return Refusal.Malformed("it is not valid UTF-8.");
        }

        try
        {
            using var document = JsonDocument.Parse(body, DocumentOptions);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? parse(document.RootElement)
                : Refusal.Invalid("Expected a JSON object such as {\"text\":\"Who owns IT strategy?\"}.");
        }
        catch (JsonException e)
        {
            return Refusal.Malformed(e.Message);
        }
        catch (InvalidOperationException)
        {
            // The reader checks UTF-8 inside strings only when a string is read, as parse does.
            return Refusal.Malformed("a string in it is not valid UTF-8.");
        }
    }
}
