namespace SentimentDashboard.Classification.Training;

/// <summary>
/// The training matrix: final feature values (TF-IDF, normalised and scaled per block) in compressed sparse rows over
/// the compact set of buckets that occur, plus a dense row-major block of word-vector features.
/// </summary>
internal sealed class SparseDesign(int[] rowStart, int[] columns, float[] values, float[] dense, int columnCount, int denseDimensions)
{
    public int RowCount => rowStart.Length - 1;

    public int ColumnCount { get; } = columnCount;

    public int DenseDimensions { get; } = denseDimensions;

    public ReadOnlySpan<int> RowColumns(int row) => columns.AsSpan(rowStart[row], rowStart[row + 1] - rowStart[row]);

    public ReadOnlySpan<float> RowValues(int row) => values.AsSpan(rowStart[row], rowStart[row + 1] - rowStart[row]);

    public ReadOnlySpan<float> RowDense(int row) => dense.AsSpan(row * DenseDimensions, DenseDimensions);
}
