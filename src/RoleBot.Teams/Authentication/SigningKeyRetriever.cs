using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace RoleBot.Teams.Authentication;

/// <summary>
/// Reads the OpenID metadata, then its <c>jwks_uri</c>, keeping each RSA signing key with its <c>endorsements</c>
/// (the channels it may sign for), which the stock OpenID retriever drops. <see cref="NextFetch"/> completes with the
/// result of the fetch in progress or the next one, so a caller that asked for a refresh can wait for it.
/// </summary>
internal sealed class SigningKeyRetriever : IConfigurationRetriever<SigningKeySet>
{
    private TaskCompletionSource<SigningKeySet> next = NewFetch();

    public Task<SigningKeySet> NextFetch => Volatile.Read(ref next).Task;

    public async Task<SigningKeySet> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        try
        {
            var set = await FetchAsync(address, retriever, cancel);
            Interlocked.Exchange(ref next, NewFetch()).TrySetResult(set);
            return set;
        }
        catch (Exception exception)
        {
            Interlocked.Exchange(ref next, NewFetch()).TrySetException(exception);
            throw;
        }
    }

    private static async Task<SigningKeySet> FetchAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        var metadata = OpenIdConnectConfiguration.Create(await retriever.GetDocumentAsync(address, cancel));
        if (string.IsNullOrWhiteSpace(metadata.JwksUri))
        {
            throw new InvalidOperationException("The OpenID metadata has no jwks_uri.");
        }

        using var jwks = JsonDocument.Parse(await retriever.GetDocumentAsync(metadata.JwksUri, cancel));
        var keys = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
        if (jwks.RootElement.ValueKind == JsonValueKind.Object
            && jwks.RootElement.TryGetProperty("keys", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var element in list.EnumerateArray())
            {
                if (Parse(element) is { } key)
                {
                    keys[key.KeyId] = key;
                }
            }
        }

        return new SigningKeySet(keys);
    }

    /// <summary>RSA signing keys with a kid; anything else in the document is ignored.</summary>
    private static SigningKey? Parse(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("kid", out var kid) || kid.ValueKind != JsonValueKind.String
            || !element.TryGetProperty("kty", out var kty) || kty.ValueKind != JsonValueKind.String || kty.GetString() != "RSA"
            || (element.TryGetProperty("use", out var use) && (use.ValueKind != JsonValueKind.String || use.GetString() != "sig")))
        {
            return null;
        }

        var endorsements = new HashSet<string>(StringComparer.Ordinal);
        if (element.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var endorsement in list.EnumerateArray())
            {
                if (endorsement.ValueKind == JsonValueKind.String && endorsement.GetString() is { Length: > 0 } value)
                {
                    endorsements.Add(value);
                }
            }
        }

        try
        {
            return new SigningKey(kid.GetString()!, new JsonWebKey(element.GetRawText()), endorsements);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static TaskCompletionSource<SigningKeySet> NewFetch() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
