using System.Text;
using System.Text.Json;
using SentimentDashboard.Classification;
using SentimentDashboard.Classification.Models;

namespace SentimentDashboard.Cli;

/// <summary><c>predict --model PATH</c>: one text per stdin line, one <c>{"label":..,"scores":{..}}</c> per stdout line.</summary>
internal static class PredictCommand
{
    public static async Task<int> RunAsync(CliArguments args, CliContext io)
    {
        var model = ModelFile.Load(args.Required("model"));
        args.RejectUnknown();
        var featurizer = model.CreateFeaturizer();
        var bag = featurizer.CreateBag();
        var probabilities = new float[model.ClassCount];
        var buffer = new MemoryStream();
        var interactive = ReferenceEquals(io.In, Console.In) && !Console.IsInputRedirected;
        var lines = 0;
        while (await io.In.ReadLineAsync() is { } line)
        {
            featurizer.Featurize(line, bag);
            model.Predict(bag, probabilities);
            await io.Out.WriteLineAsync(Format(model, probabilities, buffer));
            if (interactive || ++lines % 1000 == 0)
            {
                await io.Out.FlushAsync();
            }
        }

        await io.Out.FlushAsync();
        return 0;
    }

    private static string Format(LinearModel model, ReadOnlySpan<float> probabilities, MemoryStream buffer)
    {
        buffer.SetLength(0);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("label", model.Labels[BatchScoring.ArgMax(probabilities)]);
            json.WriteStartObject("scores");
            for (var c = 0; c < probabilities.Length; c++)
            {
                json.WriteNumber(model.Labels[c], Math.Round(probabilities[c], 5));
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
