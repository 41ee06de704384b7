using ReportGen.Format;

namespace ReportGen.Tests.Format;

/// <summary>How the one label matcher settles spellings that several candidates share: the first candidate wins, a tie is no match.</summary>
public class LabelCandidatesTests
{
    // "a" and "A" are one spelling ignoring case; "bc" normalises the same for two candidates.
    private static readonly LabelCandidates<string> Candidates = new(
    [
        new("one", "a", ["b c", "A"]),
        new("two", "A", ["bc", "b"]),
        new("three", "b", ["ab"]),
        new("four", "bb", []),
    ]);

    [Theory]
    [InlineData("b", "two", "A")]
    [InlineData("B", "two", "A")]
    [InlineData("bb", "four", "bb")]
    [InlineData("ab", "three", "b")]
    public void A_spelling_of_an_earlier_candidate_wins_over_a_later_official_label(string text, string item, string official)
    {
        var match = LabelMatcher.Match(text, Candidates);

        Assert.Equal(new LabelMatch<string>(item, LabelMatchQuality.Exact, official), match);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("c")]
    public void Two_candidates_at_the_same_distance_are_no_match_but_the_first_is_suggested(string text)
    {
        Assert.Equal(new LabelMatch<string>(null, LabelMatchQuality.None, "a"), LabelMatcher.Match(text, Candidates));
    }
}
