using Microsoft.AspNetCore.Http;

namespace RoleBot.Web.Api;

/// <summary>Why an API request was turned away: the HTTP status, a metrics reason and a message for the caller.</summary>
internal sealed record Refusal(int StatusCode, string Reason, string Message)
{
    public static Refusal TooLarge { get; } = new(StatusCodes.Status413PayloadTooLarge, "too_large",
        $"The body is larger than {JsonBody.MaxBytes / 1024} KB; send one short question at a time.");

    public static Refusal NotJsonMediaType { get; } = new(StatusCodes.Status415UnsupportedMediaType, "unsupported_media_type",
        "Send the body as JSON with Content-Type: application/json.");

    public static Refusal Malformed(string detail) => new(StatusCodes.Status400BadRequest, "malformed", "The body is not valid JSON: " + detail);

    public static Refusal Invalid(string message) => new(StatusCodes.Status400BadRequest, "invalid", message);

    public IResult ToResult() => Results.Json(new ApiError(Message), WebJsonContext.Default.ApiError, statusCode: StatusCode);
}
