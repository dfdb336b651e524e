using System.Text.Json.Serialization;

namespace SentimentDashboard.Classification.Models;

/// <summary>Compiled serialisation of a model file's metadata (<see cref="ModelMetadataReader"/> reads it back).</summary>
[JsonSerializable(typeof(ModelMetadata))]
internal sealed partial class ModelMetadataJson : JsonSerializerContext;
