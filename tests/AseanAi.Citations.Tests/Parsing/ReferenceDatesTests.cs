using AseanAi.Citations.Parsing.Internal;

namespace AseanAi.Citations.Tests.Parsing;

public sealed class ReferenceDatesTests
{
    [Fact]
    public void A_bare_year_is_the_date_TryParse_reads_from_it_for_every_four_digit_number()
    {
        // ASCII and full-width digits, every value: inside 1000–2200 the same date (with the digits as original text),
        // outside it none.
        for (var value = 0; value <= 9999; value++)
        {
            var ascii = value.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            var fullWidth = new string(ascii.Select(c => (char)(c - '0' + '０')).ToArray());
            foreach (var digits in (string[])[ascii, fullWidth])
            {
                var expected = CitationDate.TryParse(digits, out var parsed) && parsed.Start.Year is >= 1000 and <= 2200 ? parsed : null;
                var actual = ReferenceDates.BareYear(digits);
                if (!Equals(actual, expected) || actual?.ToEdtf() != expected?.ToEdtf())
                {
                    actual.Should().Be(expected, "'{0}' must give what TryParse gives", digits);
                }
            }
        }
    }
}
