using System.Text.Json.Serialization;

namespace SentimentDashboard.Classification.Models;

/// <summary>Compiled (de)serialisation of a model file's metadata: the reflection path cost a process's first model load about 10 ms more (JIT).</summary>
[JsonSerializable(typeof(ModelMetadata))]
internal sealed partial class ModelMetadataJson : JsonSerializerContext;
