using System.Runtime.CompilerServices;

namespace SentimentDashboard.Classification.Training;

/// <summary>A class count known when the code is compiled, so that loops over classes unroll into registers.</summary>
internal interface IClassCount
{
    static abstract int Value { get; }
}

internal readonly struct TwoClasses : IClassCount
{
    public static int Value => 2;
}

internal readonly struct ThreeClasses : IClassCount
{
    public static int Value => 3;
}

internal readonly struct FourClasses : IClassCount
{
    public static int Value => 4;
}

/// <summary>One value per class (up to four), held in registers; classes beyond the count stay 0.</summary>
internal struct ClassValues(double first, double second, double third, double fourth)
{
    private double _first = first;
    private double _second = second;
    private double _third = third;
    private double _fourth = fourth;

    public readonly double this[int c] => c switch
    {
        0 => _first,
        1 => _second,
        2 => _third,
        _ => _fourth,
    };

    public static ClassValues Read<TClasses>(ref double values)
        where TClasses : struct, IClassCount =>
        new(values, Unsafe.Add(ref values, 1), TClasses.Value > 2 ? Unsafe.Add(ref values, 2) : 0, TClasses.Value > 3 ? Unsafe.Add(ref values, 3) : 0);

    /// <summary>this[c] += x * weights[c].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddScaled<TClasses>(ref double weights, double x)
        where TClasses : struct, IClassCount
    {
        _first += x * weights;
        _second += x * Unsafe.Add(ref weights, 1);
        if (TClasses.Value > 2)
        {
            _third += x * Unsafe.Add(ref weights, 2);
        }

        if (TClasses.Value > 3)
        {
            _fourth += x * Unsafe.Add(ref weights, 3);
        }
    }

    /// <summary>target[c] += x * this[c].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void AddScaledTo<TClasses>(ref double target, double x)
        where TClasses : struct, IClassCount
    {
        target += x * _first;
        Unsafe.Add(ref target, 1) += x * _second;
        if (TClasses.Value > 2)
        {
            Unsafe.Add(ref target, 2) += x * _third;
        }

        if (TClasses.Value > 3)
        {
            Unsafe.Add(ref target, 3) += x * _fourth;
        }
    }
}
