using System.Globalization;
using System.Xml;

namespace AseanAi.Citations.Web.LinkChecking.Reports;

/// <summary>
/// JUnit XML, as CI servers read test reports: one test case per URL occurrence, failing for verdicts that fail the
/// run, skipped for excluded links, with other findings in <c>system-out</c>.
/// </summary>
internal static class JUnitReportFormat
{
    public static async Task WriteAsync(LinkCheckReport report, string toolName, TextWriter writer, CancellationToken cancellationToken)
    {
        var cases = report.Entries.SelectMany(e => e.Occurrences.Select(o => (Entry: e, Occurrence: o))).ToList();
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false };
        var text = new Utf8StringWriter();
        using (var xml = XmlWriter.Create(text, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement(null, "testsuites", null);
            xml.WriteStartElement(null, "testsuite", null);
            xml.WriteAttributeString(null, "name", null, toolName);
            xml.WriteAttributeString(null, "tests", null, cases.Count.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString(null, "failures", null, cases.Count(c => c.Entry.Fails).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString(null, "errors", null, "0");
            xml.WriteAttributeString(null, "skipped", null, cases.Count(c => c.Entry.Verdict == LinkVerdict.Excluded).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString(null, "time", null, report.Elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture));
            foreach (var (entry, occurrence) in cases)
            {
                cancellationToken.ThrowIfCancellationRequested();
                xml.WriteStartElement(null, "testcase", null);
                xml.WriteAttributeString(null, "classname", null, occurrence.Source ?? "-");
                xml.WriteAttributeString(null, "name", null, $"{entry.Url} ({LinkCheckReportEntry.FormatLocation(occurrence)})");
                xml.WriteAttributeString(null, "time", null, entry.Elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture));
                var verdict = LinkCheckNames.Of(entry.Verdict);
                if (entry.Fails)
                {
                    xml.WriteStartElement(null, "failure", null);
                    xml.WriteAttributeString(null, "type", null, verdict);
                    xml.WriteAttributeString(null, "message", null, $"{verdict}: {entry.Url}");
                    xml.WriteString(entry.Reason);
                    xml.WriteEndElement();
                }
                else if (entry.Verdict == LinkVerdict.Excluded)
                {
                    xml.WriteStartElement(null, "skipped", null);
                    xml.WriteAttributeString(null, "message", null, entry.Detail ?? "excluded");
                    xml.WriteEndElement();
                }
                else if (entry.IsFinding)
                {
                    xml.WriteElementString(null, "system-out", null, $"{verdict}: {entry.Reason}");
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        await writer.WriteLineAsync(text.ToString().AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter()
            : base(CultureInfo.InvariantCulture)
        {
        }

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;
    }
}
