using System.Globalization;
using System.Text;
using System.Xml;
using AseanAi.Citations.Web.LinkChecking;

namespace LinkRotGate;

/// <summary>The gate's reports: JUnit XML for the CI server's test view, Markdown for the job summary.</summary>
internal static class GateReports
{
    /// <summary>One test case per link occurrence: a failure when the link fails the gate, skipped when excluded, other findings in system-out.</summary>
    public static string JUnit(IReadOnlyList<GateFinding> findings, int failAfter, TimeSpan elapsed)
    {
        var text = new Utf8StringWriter();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", "link rot");
            xml.WriteAttributeString("tests", Number(findings.Count));
            xml.WriteAttributeString("failures", Number(findings.Count(f => f.FailsGate)));
            xml.WriteAttributeString("errors", "0");
            xml.WriteAttributeString("skipped", Number(findings.Count(f => f.Result.Verdict == LinkVerdict.Excluded)));
            xml.WriteAttributeString("time", Seconds(elapsed));
            foreach (var finding in findings)
            {
                var result = finding.Result;
                var verdict = LinkCheckNames.Of(result.Verdict);
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("classname", result.Target.Source ?? "-");
                xml.WriteAttributeString("name", $"{result.Target.Url} ({Where(result.Target)})");
                xml.WriteAttributeString("time", Seconds(result.Elapsed));
                if (finding.FailsGate)
                {
                    xml.WriteStartElement("failure");
                    xml.WriteAttributeString("type", verdict);
                    xml.WriteAttributeString("message", $"{verdict} for {Runs(finding.ConsecutiveFailures)} in a row: {result.Target.Url}");
                    xml.WriteString(Describe(result));
                    xml.WriteEndElement();
                }
                else if (result.Verdict == LinkVerdict.Excluded)
                {
                    xml.WriteStartElement("skipped");
                    xml.WriteAttributeString("message", result.Detail ?? "excluded");
                    xml.WriteEndElement();
                }
                else if (result.Verdict is not (LinkVerdict.Ok or LinkVerdict.Redirected))
                {
                    var wait = LinkCheckNames.IsDead(result.Verdict) ? $" (dead {Runs(finding.ConsecutiveFailures)} in a row; fails at {failAfter})" : "";
                    xml.WriteElementString("system-out", $"{verdict}{wait}: {Describe(result)}");
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return text.ToString();
    }

    /// <summary>Counts per verdict, then a table of every link that is not simply working.</summary>
    public static string Markdown(IReadOnlyList<GateFinding> findings, int failAfter)
    {
        var builder = new StringBuilder();
        var failing = findings.Count(f => f.FailsGate);
        builder.AppendLine("## Link rot").AppendLine();
        builder.AppendLine(failing > 0
            ? $"❌ {failing} links dead for {failAfter} runs or more."
            : $"✅ No link dead for {failAfter} runs in a row.").AppendLine();
        builder.AppendLine("| verdict | links |").AppendLine("|---|---:|");
        foreach (var group in findings.GroupBy(f => f.Result.Verdict).OrderBy(g => g.Key))
        {
            builder.AppendLine(CultureInfo.InvariantCulture, $"| {LinkCheckNames.Of(group.Key)} | {group.Count()} |");
        }

        var notable = findings.Where(f => f.Result.Verdict is not (LinkVerdict.Ok or LinkVerdict.Excluded)).OrderBy(f => f.FailsGate ? 0 : 1).ToList();
        if (notable.Count == 0)
        {
            return builder.ToString();
        }

        builder.AppendLine().AppendLine("| | verdict | runs dead | URL | where | why |").AppendLine("|---|---|---:|---|---|---|");
        foreach (var finding in notable)
        {
            var result = finding.Result;
            builder.AppendLine(CultureInfo.InvariantCulture,
                $"| {(finding.FailsGate ? "❌" : "⚠️")} | {LinkCheckNames.Of(result.Verdict)} | {finding.ConsecutiveFailures} | <{Cell(result.Target.Url)}> | `{Where(result.Target)}` | {Cell(Describe(result))} |");
        }

        return builder.ToString();
    }

    public static string Where(LinkTarget target) => target.Span is { } span
        ? string.Create(CultureInfo.InvariantCulture, $"{target.Source ?? "-"}:{span.Line}:{span.Column}")
        : target.Source ?? "-";

    public static string Runs(int count) => count == 1 ? "1 run" : string.Create(CultureInfo.InvariantCulture, $"{count} runs");

    private static string Describe(LinkCheckResult result)
    {
        var parts = new List<string>();
        if (result.HttpStatus is { } status)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"HTTP {status}"));
        }

        if (result.Detail is { } detail)
        {
            parts.Add(detail);
        }

        if (result.History?.FirstSeenBroken is { } since)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"dead since {since:yyyy-MM-dd HH:mm}Z"));
        }

        if (result.Warnings.Count > 0)
        {
            parts.Add("warnings: " + string.Join(", ", result.Warnings.Select(LinkCheckNames.Of)));
        }

        return string.Join("; ", parts);
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);

    private sealed class Utf8StringWriter() : StringWriter(CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}
