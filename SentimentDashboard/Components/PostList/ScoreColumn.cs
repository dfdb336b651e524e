using System.Linq.Expressions;
using SentimentDashboard.Analysis;

namespace SentimentDashboard.Components.PostList;

/// <summary>A probability column of the posts grid: its title and the <see cref="PostRow"/> property it shows and sorts by.</summary>
public sealed class ScoreColumn(string title, Expression<Func<PostRow, float?>> property)
{
    public string Title => title;

    public Expression<Func<PostRow, float?>> Property => property;

    public Func<PostRow, float?> Value { get; } = property.Compile();
}
