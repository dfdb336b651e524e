using System.Text.Json.Serialization;

namespace SentimentDashboard.Classification.Models;

/// <summary>
/// Shape and training of a model's optional <see cref="WordConvolution"/>: filters of every width from 1 to
/// <see cref="MaxWidth"/> words, and the weight of its logits when added to the linear ones.
/// </summary>
public sealed record ConvolutionSettings
{
    public int Filters { get; init; } = 32;

    public int MaxWidth { get; init; } = 3;

    public float Weight { get; init; } = 0.5f;

    public int Epochs { get; init; } = 8;

    public float LearningRate { get; init; } = 2e-3f;

    public float Dropout { get; init; } = 0.3f;

    public int BatchSize { get; init; } = 32;

    /// <summary>Filters summed over widths: the length of the pooled feature vector.</summary>
    [JsonIgnore]
    public int PooledCount => Filters * MaxWidth;

    /// <summary>One kernel per (width, offset in the window): 1 + 2 + ... + MaxWidth.</summary>
    [JsonIgnore]
    public int SlotCount => FirstSlot(MaxWidth + 1);

    /// <summary>The kernel slot of offset 0 in a window of <paramref name="width"/> words; its offset j uses slot FirstSlot + j.</summary>
    public static int FirstSlot(int width) => width * (width - 1) / 2;

    public void Validate()
    {
        if (Filters is < 1 or > 256 || MaxWidth is < 1 or > 5)
        {
            throw new ArgumentException($"convolution: filters must be 1-256 and widths 1-5 (got {Filters} and {MaxWidth})");
        }

        if (!(Weight > 0 && Weight <= 10) || Epochs is < 1 or > 100 || !(LearningRate > 0 && LearningRate < 1)
            || !(Dropout >= 0 && Dropout < 1) || BatchSize is < 1 or > 4096)
        {
            throw new ArgumentException("convolution: weight must be in (0, 10], epochs 1-100, learning rate in (0, 1), dropout in [0, 1), batch 1-4096");
        }
    }
}
