namespace AseanAi.Citations.Interchange;

/// <summary>The DOI itself (<c>10.…</c>) from the forms interchange files write it in. Thread-safe.</summary>
internal static class DoiText
{
    // The resolver and scheme prefixes that files put before a DOI; EndNote exports stack two (doi:http://dx.doi.org/…).
    private static readonly string[] Prefixes = ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"];

    /// <summary>
    /// <paramref name="value"/> without the prefixes that files put before a DOI (<c>doi:</c>, <c>https://doi.org/</c>,
    /// <c>http://dx.doi.org/</c>), however many are stacked, and without the white space around it; other text is
    /// returned as it is.
    /// </summary>
    public static string Bare(string value)
    {
        var text = value.AsSpan().Trim();
        var stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var prefix in Prefixes)
            {
                if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    text = text[prefix.Length..].TrimStart();
                    stripped = true;
                }
            }
        }

        return text.Length == value.Length ? value : text.ToString();
    }
}
