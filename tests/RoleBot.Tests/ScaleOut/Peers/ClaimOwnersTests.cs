using RoleBot.ScaleOut.Peers;

namespace RoleBot.Tests.ScaleOut.Peers;

/// <summary>The owner choice every instance must agree on without talking to the others.</summary>
public sealed class ClaimOwnersTests
{
    private const string A = "http://10.0.0.1:8080";
    private const string B = "http://10.0.0.2:8080";
    private const string C = "http://10.0.0.3:8080";

    private static readonly string[] Ids = [.. Enumerable.Range(0, 10_000).Select(i => $"Ev0{i:D7}")];

    [Fact]
    public void OwnerOf_an_id_is_the_same_in_every_process_and_release()
    {
        // Pinned: a hash that changed between processes (string.GetHashCode) or releases would split a deployment mid-upgrade.
        var owners = new ClaimOwners(A, [B, C]);

        Assert.Equal([C, B, C, B, B], new[] { "Ev0PV52K21", "Ev0PV52K22", "Ev0PV52K23", "Ev0PV52K24", "command-signature:v0=00" }.Select(owners.OwnerOf));
    }

    [Fact]
    public void OwnerOf_is_agreed_by_every_instance_whatever_order_and_spelling_of_the_urls_it_was_given()
    {
        ClaimOwners[] views =
        [
            new(A, [B, C]),
            new(B + "/", [C, A, B]),
            new("HTTP://10.0.0.3:8080/", [B + "/", A]),
        ];

        foreach (var id in Ids)
        {
            Assert.Single(views.Select(v => v.OwnerOf(id)).Distinct());
        }
    }

    [Fact]
    public void OwnerOf_spreads_ids_evenly_over_the_instances()
    {
        var owners = new ClaimOwners(A, [B, C]);

        var shares = Ids.GroupBy(owners.OwnerOf).ToDictionary(g => g.Key, g => g.Count() / (double)Ids.Length);

        Assert.Equal([A, B, C], shares.Keys.Order());
        Assert.All(shares.Values, share => Assert.InRange(share, 0.30, 0.367));
    }

    [Fact]
    public void Removing_an_instance_moves_only_the_ids_it_owned()
    {
        var three = new ClaimOwners(A, [B, C]);
        var two = new ClaimOwners(A, [B]);

        var moved = Ids.Where(id => three.OwnerOf(id) != two.OwnerOf(id)).ToList();

        Assert.NotEmpty(moved);
        Assert.All(moved, id => Assert.Equal(C, three.OwnerOf(id)));
    }
}
