using System.Collections.Immutable;
using AseanAi.Citations.Parsing.Internal;

namespace AseanAi.Citations.Parsing.Reading;

/// <summary>
/// Reads one reference line into a citation, in five steps a newcomer can follow, each in its own class:
/// <list type="number">
/// <item><see cref="MarkupText"/> reads the Markdown and HTML markup, <see cref="LineLabel"/> skips the list marker or
/// footnote label;</item>
/// <item><see cref="LineSpans"/> finds web addresses and dates (access dates told apart), and <see cref="Atomizer"/>
/// divides the line into atoms: title marks, brackets, addresses, dates and runs of text between separators;</item>
/// <item><see cref="AtomFacts"/> and <see cref="AtomFeatures"/> say what each atom looks like and where it stands;</item>
/// <item><see cref="RoleModel"/> gives each atom a field (author, title, container, publisher, issued, accessed,
/// address or other) from the evidence of the whole line, with weights learned from the corpus;</item>
/// <item><see cref="CitationAssembler"/> turns the atoms of each field into the citation's values: names split, the
/// publisher resolved through the registry, the date read, the type and language decided.</item>
/// </list>
/// </summary>
/// <remarks>Stateless apart from its shared, thread-safe collaborators: one instance serves every thread.</remarks>
internal sealed class LineReader(PublisherLookup publishers, RoleModel model, TypeModel? types = null)
{
    private readonly ContributorReader _contributors = new(publishers);

    public static LineReader Default { get; } = new(PublisherLookup.Default, RoleModel.Default);

    /// <summary>Reads <paramref name="line"/>[0..<paramref name="end"/>).</summary>
    public (Citation Citation, ImmutableArray<Diagnostic> Diagnostics) Read(string line, int end, ReferenceContext context)
    {
        var spans = Analyse(line, end);
        var roles = Roles(spans);
        return new CitationAssembler(spans, roles, context, publishers, _contributors, line, types).Build();
    }

    /// <summary>Reads a line and gives the facts its type is decided from as well (for training the type model).</summary>
    public (Citation Citation, byte[] TypeFacts) ReadWithTypeFacts(string line)
    {
        var spans = Analyse(line, line.Length);
        var assembler = new CitationAssembler(spans, Roles(spans), ReferenceContext.None, publishers, _contributors, line, types);
        var (citation, _) = assembler.Build();
        return (citation, assembler.TypeFacts);
    }

    /// <summary>Steps 1 and 2: the line's markup, label, addresses, dates and atoms.</summary>
    public static LineSpans Analyse(string line, int end)
    {
        var markup = MarkupText.Read(line, end);
        var (bodyStart, bodyEnd) = LineLabel.Find(markup.Text, 0, markup.Text.Length, markup.Spans, out var id, out var ditto);
        return new LineSpans(markup, bodyStart, bodyEnd, id, ditto);
    }

    /// <summary>Step 3: the features of each atom.</summary>
    public List<int>[] Features(LineSpans spans)
    {
        var (facts, lineFacts) = AtomFacts.Compute(spans, publishers);
        var features = new List<int>[spans.Atoms.Count];
        for (var a = 0; a < features.Length; a++)
        {
            features[a] = new List<int>(AtomFeatures.CountPerAtom);
            AtomFeatures.Collect(facts, lineFacts, a, features[a]);
        }

        return features;
    }

    /// <summary>Steps 3 and 4: the role of each atom.</summary>
    public FieldRole[] Roles(LineSpans spans) => model.Decode(spans, Features(spans));
}
