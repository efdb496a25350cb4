using Microsoft.AspNetCore.Http;

namespace RoleBot.Web.Page;

/// <summary>Serves the chat page and its files with revalidation and the headers that keep the page to its own origin.</summary>
internal static class PageEndpoints
{
    public const string AssetPath = "/web/";

    /// <summary>Everything comes from RoleBot itself; answers are rendered as text, so no inline script or style is needed.</summary>
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IResult Index(HttpContext context, PageAssets assets) => Serve(context, assets.Index);

    public static IResult Asset(string name, HttpContext context, PageAssets assets) =>
        name != PageAssets.IndexName && assets.Find(name) is { } asset ? Serve(context, asset) : Results.NotFound();

    private static IResult Serve(HttpContext context, PageAsset asset)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        if (asset.Name == PageAssets.IndexName)
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
        }

        return Results.Bytes(asset.Content, asset.ContentType, entityTag: asset.ETag);
    }
}
