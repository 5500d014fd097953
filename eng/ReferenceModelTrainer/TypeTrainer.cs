using System.Text.Json;
using AseanAi.Citations.Parsing.Internal;
using AseanAi.Citations.Parsing.Reading;

namespace AseanAi.Citations.ReferenceModelTrainer;

/// <summary>
/// Learns <see cref="TypeModel"/> with an averaged multiclass perceptron: each labelled line is read with the role model
/// just trained, its type facts taken, and where the best-scoring CSL type is not the labelled one, the labelled type's
/// weights gain the line's features and the predicted type's lose them.
/// </summary>
internal static class TypeTrainer
{
    public static TypeModel Train(IEnumerable<Example> examples, RoleModel roles, int epochs)
    {
        var reader = new LineReader(PublisherLookup.Default, roles, TypeModel.Empty());
        var data = new List<(int[] Features, int Type)>();
        foreach (var example in examples)
        {
            if (!example.Row.Expect.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            var index = Array.IndexOf(TypeModel.Types, type.GetString());
            if (index >= 0)
            {
                data.Add((TypeModel.Features(reader.ReadWithTypeFacts(example.Row.Line).TypeFacts), index));
            }
        }

        var types = TypeModel.Types.Length;
        var model = TypeModel.Empty();
        var accumulated = new float[model.Weights.Length];
        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new Random(20261207);
        var step = 1;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var (features, gold) = data[i];
                var predicted = Array.IndexOf(TypeModel.Types, model.Predict(features) ?? TypeModel.Types[0]);
                if (model.Weights.All(w => w == 0))
                {
                    predicted = -1;
                }

                if (predicted != gold)
                {
                    foreach (var f in features)
                    {
                        model.Weights[(f * types) + gold] += 1;
                        accumulated[(f * types) + gold] += step;
                        if (predicted >= 0)
                        {
                            model.Weights[(f * types) + predicted] -= 1;
                            accumulated[(f * types) + predicted] -= step;
                        }
                    }
                }

                step++;
            }
        }

        for (var i = 0; i < model.Weights.Length; i++)
        {
            model.Weights[i] = MathF.Round((model.Weights[i] - (accumulated[i] / step)) * 1000) / 1000;
        }

        return model;
    }
}
