using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SentimentDashboard.Analysis.Risk;
using SentimentDashboard.Classification;

namespace SentimentDashboard.Tests.Infrastructure;

/// <summary>The shipped models of the repository's models/ folder, loaded once for all tests.</summary>
public static class ShippedModels
{
    private static readonly Lazy<ModelCatalog> Loaded = new(() => new ModelCatalog(Options.Create(new ModelsOptions()), NullLogger<ModelCatalog>.Instance));

    private static readonly Lazy<RiskAssessor> DefaultRisk = new(() => Risk(new RiskOptions()));

    public static ModelCatalog Catalog => Loaded.Value;

    /// <summary>The risk analysis of the shipped models with the default priors and thresholds.</summary>
    public static RiskAssessor RiskAssessor => DefaultRisk.Value;

    public static RiskAssessor Risk(RiskOptions options) =>
        new(new ModelCalibration(Catalog, Options.Create(options)), new HateTargetDetector(), Options.Create(options));
}
