using System.Collections.Immutable;
using ReportGen.Model;
using ReportGen.Validate;

namespace ReportGen.Tests.Validate;

/// <summary>
/// The loader asks <see cref="ReportMetadataValidator.Holds"/> first and builds the validator only when it
/// says no (speed under Native AOT): the two must give the same answer for every report.json.
/// </summary>
public sealed class ReportMetadataValidatorTests
{
    private static readonly string[] Texts = ["聊城市文化和旅游局", "", " ", "某\t局", "某\n局", "段一\n段二", "x\u0007"];

    [Fact]
    public void The_quick_answer_is_the_validators_for_every_combination_of_values()
    {
        var cases = 0;
        foreach (var agency in Texts)
        {
            foreach (var year in (int[])[2007, 2008, 2023, 2100, 2101])
            {
                foreach (var title in Texts.Append(null))
                {
                    foreach (var opening in Texts.Append(null))
                    {
                        foreach (var signer in Texts.Append(null))
                        {
                            var signature = signer is null ? null : new Signature(signer == "聊城市文化和旅游局" ? agency : signer, new DateOnly(2024, 1, 20));
                            var metadata = new ReportMetadata(agency, year, null, title, opening, ImmutableDictionary<string, string>.Empty, signature);
                            Assert.True(ReportMetadataValidator.Holds(metadata) == ReportMetadataValidator.Instance.Value.Validate(metadata).IsValid, $"{agency}|{year}|{title}|{opening}|{signer}");
                            cases++;
                        }
                    }
                }
            }
        }
        Assert.Equal(7 * 5 * 8 * 8 * 8, cases);
    }
}
