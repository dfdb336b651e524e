using System.Text.Json.Serialization;

namespace SentimentDashboard.Monitoring.Mastodon;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(List<MastodonStatus>))]
[JsonSerializable(typeof(MastodonStatus))]
[JsonSerializable(typeof(MastodonAccount))]
internal sealed partial class MastodonJsonContext : JsonSerializerContext;
