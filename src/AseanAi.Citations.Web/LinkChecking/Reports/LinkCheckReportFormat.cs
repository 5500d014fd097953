namespace AseanAi.Citations.Web.LinkChecking.Reports;

/// <summary>The machine-readable formats of <see cref="LinkCheckReportWriter"/>, as documented in docs/link-checking.md.</summary>
public enum LinkCheckReportFormat
{
    /// <summary>One JSON object: <c>{"summary": {verdict: count…}, "results": [{"url", "verdict", "httpStatus", "finalUrl", "attempts", "elapsedMs", "warnings", "archivedUrl", "occurrences": [{"file", "line", "column", "citedTitle"}]}]}</c>.</summary>
    Json,

    /// <summary>JUnit XML: one test case per occurrence, failing for entries that fail the run, skipped for excluded ones.</summary>
    JUnit,

    /// <summary>SARIF 2.1.0: one rule per verdict and warning, one result per finding and occurrence.</summary>
    Sarif,

    /// <summary>Markdown for CI job summaries: counts, then a table of findings.</summary>
    Markdown,

    /// <summary>GitHub Actions workflow commands (<c>::error file=…,line=…,col=…::</c>) per occurrence of a finding, then a line of counts.</summary>
    GitHub,
}
