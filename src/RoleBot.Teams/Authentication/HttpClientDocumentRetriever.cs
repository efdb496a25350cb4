using Microsoft.IdentityModel.Protocols;
using RoleBot.Teams.Configuration;

namespace RoleBot.Teams.Authentication;

/// <summary>
/// Fetches the OpenID metadata and JWKS documents through a named client from <see cref="IHttpClientFactory"/>, so the
/// client's size limit, timeout and handler (a fake in tests) apply. Keys travel only over https, or http on loopback.
/// </summary>
internal sealed class HttpClientDocumentRetriever(IHttpClientFactory httpClientFactory, string clientName) : IDocumentRetriever
{
    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || !TeamsOptionsValidator.IsSecureOrLoopback(uri))
        {
            throw new InvalidOperationException("Signing keys are only fetched over https (or http on loopback).");
        }

        using var client = httpClientFactory.CreateClient(clientName);
        return await client.GetStringAsync(uri, cancel);
    }
}
