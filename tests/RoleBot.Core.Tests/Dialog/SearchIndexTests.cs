using RoleBot.Core.Dialog;

namespace RoleBot.Core.Tests.Dialog;

public sealed class SearchIndexTests
{
    private sealed record Doc(string Id, string[] Phrases, string[] Keywords);

    private static readonly SearchIndex<Doc> Index = new(
        [
            new("phishing", ["fake login page", "phishing email"], []),
            new("website", ["website"], ["page"]),
            new("rota", ["on-call rota", "rota changes"], []),
            new("roster", ["roster"], ["rota"]),
        ],
        d => [new SearchField(d.Phrases, 2, IsPhraseList: true), new SearchField(d.Keywords, 1.5)]);

    private static SearchHit<Doc> Hit(string id, params string[] question)
    {
        var terms = question.Select(Stemmer.Stem).ToArray();
        return Index.Search(terms, terms, take: 10).Single(h => h.Item.Id == id);
    }

    [Fact]
    public void A_word_a_document_has_only_inside_one_longer_phrase_counts_half_without_the_phrases_other_words()
    {
        var lone = Hit("phishing", "page", "dns");

        Assert.Equal(Hit("website", "page", "dns").Coverage / 2, lone.Coverage, 6);
        Assert.True(lone.Score < Hit("website", "page", "dns").Score);
        Assert.Equal(1, Hit("phishing", "page", "login").Coverage, 6);
    }

    [Fact]
    public void A_word_a_document_has_in_several_phrases_counts_in_full()
    {
        Assert.Equal(Hit("roster", "rota", "dns").Coverage, Hit("rota", "rota", "dns").Coverage, 6);
    }
}
