namespace SentimentDashboard.Classification.Training;

/// <summary>Adam's moment estimates for a flat parameter vector, and its update step.</summary>
internal sealed class AdamState(int length)
{
    private const float Beta1 = 0.9f;
    private const float Beta2 = 0.999f;
    private readonly float[] _first = new float[length];
    private readonly float[] _second = new float[length];
    private int _steps;

    public void Step(float[] theta, float[] gradient, float learningRate)
    {
        _steps++;
        var correction1 = 1 - MathF.Pow(Beta1, _steps);
        var correction2 = 1 - MathF.Pow(Beta2, _steps);
        for (var i = 0; i < theta.Length; i++)
        {
            _first[i] = (Beta1 * _first[i]) + ((1 - Beta1) * gradient[i]);
            _second[i] = (Beta2 * _second[i]) + ((1 - Beta2) * gradient[i] * gradient[i]);
            theta[i] -= learningRate * (_first[i] / correction1) / (MathF.Sqrt(_second[i] / correction2) + 1e-8f);
        }
    }
}
