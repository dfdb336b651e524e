using System.Linq.Expressions;

namespace SentimentDashboard.Data;

/// <summary>Ascending or descending by one key, chosen at run time (a grid's sorted column).</summary>
public static class QueryableSorting
{
    public static IOrderedQueryable<T> SortBy<T, TKey>(this IQueryable<T> source, Expression<Func<T, TKey>> key, bool descending) =>
        descending ? source.OrderByDescending(key) : source.OrderBy(key);
}
