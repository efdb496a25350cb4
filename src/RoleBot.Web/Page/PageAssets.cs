using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace RoleBot.Web.Page;

/// <summary>The chat page's files, read once from this assembly's embedded resources.</summary>
internal sealed class PageAssets
{
    public const string IndexName = "index.html";

    private const string ResourcePrefix = "web/";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, PageAsset> assets;

    public PageAssets()
    {
        var assembly = typeof(PageAssets).Assembly;
        assets = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => Load(assembly, n))
            .ToFrozenDictionary(a => a.Name, StringComparer.Ordinal);
    }

    public PageAsset Index => assets[IndexName];

    /// <summary>Only the page's own files by exact name; anything else (paths, other resources) is not found.</summary>
    public PageAsset? Find(string name) => assets.GetValueOrDefault(name);

    private static PageAsset Load(System.Reflection.Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var content = copy.ToArray();
        var name = resource[ResourcePrefix.Length..];
        var hash = Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 12));
        return new PageAsset(name, content, ContentTypes[Path.GetExtension(name)], new EntityTagHeaderValue($"\"{hash}\""));
    }
}
