using AseanAi.Citations.Parsing.Reading;

namespace AseanAi.Citations.ReferenceModelTrainer;

/// <summary>
/// The averaged structured perceptron (Collins 2002): decode each line with the current weights; where the roles
/// differ from the gold ones, add the gold roles' features and transitions and take away the predicted ones; the model
/// kept is the average of the weights over every step, which generalises better than the last weights.
/// </summary>
internal static class Perceptron
{
    private const int R = FieldRoles.Count;

    /// <summary>
    /// Trains <paramref name="seeds"/> averaged perceptrons, each over the lines in its own seeded order, and averages
    /// their weights: one perceptron's weights depend on the order it met the lines in, so that adding or changing a
    /// single line moves unrelated decisions; the mean of several orders moves far less.
    /// </summary>
    public static RoleModel Train(List<Example> examples, int epochs, int seeds)
    {
        var models = Enumerable.Range(0, seeds).Select(s => TrainOne(examples, epochs, 20261207 + s)).ToList();
        var mean = models[0];
        foreach (var other in models.Skip(1))
        {
            Add(mean.Weights, other.Weights);
            Add(mean.Transitions, other.Transitions);
            Add(mean.SeparatedTransitions, other.SeparatedTransitions);
        }

        Scale(mean.Weights, seeds);
        Scale(mean.Transitions, seeds);
        Scale(mean.SeparatedTransitions, seeds);
        return mean;

        static void Add(float[] sum, float[] weights)
        {
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += weights[i];
            }
        }

        static void Scale(float[] sum, int count)
        {
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] = MathF.Round(sum[i] / count * 1000) / 1000;
            }
        }
    }

    private static RoleModel TrainOne(List<Example> examples, int epochs, int seed)
    {
        var model = RoleModel.Empty();
        var accumulated = RoleModel.Empty();
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        var step = 1;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var example = examples[i];
                var predicted = model.Decode(example.Spans, example.Features);
                if (!predicted.AsSpan().SequenceEqual(example.Gold))
                {
                    Update(model, accumulated, example, example.Gold, +1, step);
                    Update(model, accumulated, example, predicted, -1, step);
                }

                step++;
            }
        }

        // Averaged weights: w - (sum of step × update) / steps.
        Average(model.Weights, accumulated.Weights, step);
        Average(model.Transitions, accumulated.Transitions, step);
        Average(model.SeparatedTransitions, accumulated.SeparatedTransitions, step);
        return model;
    }

    private static void Update(RoleModel model, RoleModel accumulated, Example example, FieldRole[] roles, int sign, int step)
    {
        for (var a = 0; a < roles.Length; a++)
        {
            var role = (int)roles[a];
            foreach (var feature in example.Features[a])
            {
                model.Weights[(feature * R) + role] += sign;
                accumulated.Weights[(feature * R) + role] += sign * step;
            }

            var previous = a == 0 ? -1 : (int)roles[a - 1];
            model.Transitions[((previous + 1) * R) + role] += sign;
            accumulated.Transitions[((previous + 1) * R) + role] += sign * step;
            if (a > 0)
            {
                var separator = (int)example.Spans.Atoms[a].Before;
                var index = (((separator * R) + previous) * R) + role;
                model.SeparatedTransitions[index] += sign;
                accumulated.SeparatedTransitions[index] += sign * step;
            }
        }
    }

    private static void Average(float[] weights, float[] accumulated, int steps)
    {
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = MathF.Round((weights[i] - (accumulated[i] / steps)) * 1000) / 1000;
        }
    }
}
