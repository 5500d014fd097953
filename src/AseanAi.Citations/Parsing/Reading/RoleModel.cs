using System.Globalization;
using AseanAi.Citations.Parsing.Internal;

namespace AseanAi.Citations.Parsing.Reading;

/// <summary>
/// Step 4 of reading a reference line: gives each atom a <see cref="FieldRole"/>. A linear model scores every role of
/// every atom from the atom's features (<see cref="AtomFeatures"/>) and every pair of neighbouring roles (with the
/// separator between them); the best sequence is found by dynamic programming (Viterbi) under three rules — one title
/// run per line, web addresses only on address atoms, dates only on atoms holding a date. The weights are learned
/// from the development part of the labelled corpus by an averaged perceptron (eng/ReferenceModelTrainer; see
/// docs/parsing.md) and kept in Parsing/Data/reference-model.txt, which names each weight's feature.
/// </summary>
/// <remarks>Immutable once loaded (the trainer alone writes to a model it made), so one instance serves all threads.</remarks>
internal sealed class RoleModel
{
    private const int R = FieldRoles.Count;
    private const int Separators = 13;

    private static readonly Lazy<RoleModel> Loaded = new(() => Load(ParsingData.Lines("reference-model.txt")));

    /// <summary>Feature weights, [feature * R + role].</summary>
    internal readonly float[] Weights = new float[AtomFeatures.Count * R];

    /// <summary>Transition weights, [(previous role + 1) * R + role]; previous role -1 is the start of the line.</summary>
    internal readonly float[] Transitions = new float[(R + 1) * R];

    /// <summary>Transition weights by the separator between the atoms, [(separator * R + previous) * R + role].</summary>
    internal readonly float[] SeparatedTransitions = new float[Separators * R * R];

    public static RoleModel Default => Loaded.Value;

    /// <summary>An empty model, for training.</summary>
    internal static RoleModel Empty() => new();

    /// <summary>The roles of the atoms of a line whose features are <paramref name="features"/>.</summary>
    public FieldRole[] Decode(LineSpans line, List<int>[] features)
    {
        var n = features.Length;
        var roles = new FieldRole[n];
        if (n == 0)
        {
            return roles;
        }

        // Emission scores.
        var emission = new float[n * R];
        for (var a = 0; a < n; a++)
        {
            foreach (var f in features[a])
            {
                var row = f * R;
                for (var r = 0; r < R; r++)
                {
                    emission[(a * R) + r] += Weights[row + r];
                }
            }
        }

        // States: role × whether a title run has already ended.
        const int S = R * 2;
        var score = new float[n * S];
        var back = new int[n * S];
        Array.Fill(score, float.NegativeInfinity);
        for (var r = 0; r < R; r++)
        {
            if (Allowed(line, 0, (FieldRole)r))
            {
                score[r] = emission[r] + Transitions[r];
            }
        }

        for (var a = 1; a < n; a++)
        {
            var separator = (int)line.Atoms[a].Before;
            for (var r = 0; r < R; r++)
            {
                if (!Allowed(line, a, (FieldRole)r))
                {
                    continue;
                }

                for (var done = 0; done < 2; done++)
                {
                    var best = float.NegativeInfinity;
                    var bestFrom = -1;
                    for (var p = 0; p < R; p++)
                    {
                        for (var pd = 0; pd < 2; pd++)
                        {
                            var from = ((a - 1) * S) + (pd * R) + p;
                            if (float.IsNegativeInfinity(score[from]))
                            {
                                continue;
                            }

                            // The flag is set once a title run ends, and a second title run is not allowed.
                            var nextDone = pd == 1 || (p == (int)FieldRole.Title && r != (int)FieldRole.Title) ? 1 : 0;
                            if (nextDone != done || (r == (int)FieldRole.Title && p != (int)FieldRole.Title && pd == 1))
                            {
                                continue;
                            }

                            var s = score[from] + Transitions[((p + 1) * R) + r] + SeparatedTransitions[(((separator * R) + p) * R) + r];
                            if (s > best)
                            {
                                best = s;
                                bestFrom = from;
                            }
                        }
                    }

                    if (bestFrom >= 0)
                    {
                        var to = (a * S) + (done * R) + r;
                        score[to] = best + emission[(a * R) + r];
                        back[to] = bestFrom;
                    }
                }
            }
        }

        var last = (n - 1) * S;
        var bestEnd = last;
        for (var s = 0; s < S; s++)
        {
            if (score[last + s] > score[bestEnd])
            {
                bestEnd = last + s;
            }
        }

        if (float.IsNegativeInfinity(score[bestEnd]))
        {
            return roles;
        }

        var state = bestEnd;
        for (var a = n - 1; a >= 0; a--)
        {
            roles[a] = (FieldRole)(state % R);
            state = a > 0 ? back[state] : state;
        }

        return roles;
    }

    /// <summary>
    /// Which roles an atom may take: addresses only on address atoms, dates only where there is one, and no author right
    /// after a GB/T type code (what follows [J] is the journal, what follows [C]// the proceedings and their editors).
    /// </summary>
    internal static bool Allowed(LineSpans line, int a, FieldRole role)
    {
        var atom = line.Atoms[a];
        return role switch
        {
            FieldRole.Url => atom.Kind == AtomKind.Url,
            FieldRole.Issued or FieldRole.Accessed => atom.Date >= 0,
            FieldRole.Author => atom.Kind != AtomKind.Url && (a == 0 || line.Atoms[a - 1].Kind != AtomKind.TypeCode),
            _ => atom.Kind != AtomKind.Url || role == FieldRole.Other,
        };
    }

    // ---- The data file -----------------------------------------------------------------------------------------

    /// <summary>Writes the model: one weight a line, named, zero weights left out.</summary>
    internal IEnumerable<string> Write()
    {
        for (var p = -1; p < R; p++)
        {
            for (var r = 0; r < R; r++)
            {
                var w = Transitions[((p + 1) * R) + r];
                if (w != 0)
                {
                    yield return Line("t", (p < 0 ? "start" : FieldRoles.Names[p]) + ">" + FieldRoles.Names[r], w);
                }
            }
        }

        for (var s = 0; s < Separators; s++)
        {
            for (var p = 0; p < R; p++)
            {
                for (var r = 0; r < R; r++)
                {
                    var w = SeparatedTransitions[(((s * R) + p) * R) + r];
                    if (w != 0)
                    {
                        yield return Line("s", ((SeparatorKind)s).ToString() + ":" + FieldRoles.Names[p] + ">" + FieldRoles.Names[r], w);
                    }
                }
            }
        }

        for (var f = 0; f < AtomFeatures.Count; f++)
        {
            for (var r = 0; r < R; r++)
            {
                var w = Weights[(f * R) + r];
                if (w != 0)
                {
                    yield return Line("f", AtomFeatures.NameOf(f) + ">" + FieldRoles.Names[r], w);
                }
            }
        }
    }

    private static string Line(string kind, string name, float weight) =>
        kind + "\t" + name + "\t" + weight.ToString("0.###", CultureInfo.InvariantCulture);

    internal static RoleModel Load(IEnumerable<string> lines)
    {
        var model = new RoleModel();
        foreach (var line in lines)
        {
            var parts = line.Split('\t');
            if (parts.Length != 3)
            {
                continue;
            }

            var weight = float.Parse(parts[2], CultureInfo.InvariantCulture);
            var arrow = parts[1].LastIndexOf('>');
            var role = Array.IndexOf(FieldRoles.Names, parts[1][(arrow + 1)..]);
            var key = parts[1][..arrow];
            if (role < 0)
            {
                continue;
            }

            switch (parts[0])
            {
                case "t":
                    var previous = key == "start" ? -1 : Array.IndexOf(FieldRoles.Names, key);
                    model.Transitions[((previous + 1) * R) + role] = weight;
                    break;
                case "s":
                    var colon = key.IndexOf(':', StringComparison.Ordinal);
                    if (Enum.TryParse<SeparatorKind>(key[..colon], out var separator))
                    {
                        var from = Array.IndexOf(FieldRoles.Names, key[(colon + 1)..]);
                        model.SeparatedTransitions[((((int)separator * R) + from) * R) + role] = weight;
                    }

                    break;
                case "f":
                    // A feature the code no longer has is left out: the model still loads after a template changes.
                    var feature = AtomFeatures.IndexOf(key);
                    if (feature >= 0)
                    {
                        model.Weights[(feature * R) + role] = weight;
                    }

                    break;
            }
        }

        return model;
    }
}
