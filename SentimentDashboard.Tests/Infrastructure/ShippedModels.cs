using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SentimentDashboard.Classification;

namespace SentimentDashboard.Tests.Infrastructure;

/// <summary>The shipped models of the repository's models/ folder, loaded once for all tests.</summary>
public static class ShippedModels
{
    private static readonly Lazy<ModelCatalog> Loaded = new(() => new ModelCatalog(Options.Create(new ModelsOptions()), NullLogger<ModelCatalog>.Instance));

    public static ModelCatalog Catalog => Loaded.Value;
}
