using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SentimentDashboard.Data;

/// <summary>
/// Stores times as UTC Unix milliseconds: SQLite has no date type, and EF Core cannot compare or order
/// DateTimeOffset text columns there; integers compare, order, index and bucket (<c>CreatedAt / 60000</c>) cheaply.
/// </summary>
public sealed class UnixMillisecondsConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.ToUnixTimeMilliseconds(),
    value => DateTimeOffset.FromUnixTimeMilliseconds(value));
