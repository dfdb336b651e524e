using Microsoft.Data.Sqlite;
using SentimentDashboard.Analysis.Risk;

namespace SentimentDashboard.Pipeline;

/// <summary>Writes a stored post's risk analysis (table PostRisks) in the store's transaction; an edit replaces it, an edit left unscored removes it.</summary>
internal sealed class PostRiskRows : IDisposable
{
    private readonly SqliteCommand _upsert;
    private readonly SqliteCommand _delete;
    private readonly SqliteParameter _postId, _negative, _hate, _offensive, _content, _category, _virality, _perMinute, _target, _terms, _justification;
    private readonly SqliteParameter _deletePostId;

    public PostRiskRows(SqliteTransaction transaction)
    {
        _upsert = transaction.Command(
            "INSERT OR REPLACE INTO PostRisks (PostId, CalibratedNegative, CalibratedHate, CalibratedOffensive, ContentRisk, Category, Virality, " +
            "EngagementPerMinute, HateTarget, TargetTerms, Justification) VALUES ($PostId, $Negative, $Hate, $Offensive, $Content, $Category, " +
            "$Virality, $PerMinute, $Target, $Terms, $Justification)");
        SqliteParameter Add(string name, SqliteType type) => _upsert.Parameters.Add("$" + name, type);
        _postId = Add("PostId", SqliteType.Integer);
        _negative = Add("Negative", SqliteType.Real);
        _hate = Add("Hate", SqliteType.Real);
        _offensive = Add("Offensive", SqliteType.Real);
        _content = Add("Content", SqliteType.Real);
        _category = Add("Category", SqliteType.Text);
        _virality = Add("Virality", SqliteType.Text);
        _perMinute = Add("PerMinute", SqliteType.Real);
        _target = Add("Target", SqliteType.Text);
        _terms = Add("Terms", SqliteType.Text);
        _justification = Add("Justification", SqliteType.Text);
        _delete = transaction.Command("DELETE FROM PostRisks WHERE PostId = $PostId");
        _deletePostId = _delete.Parameters.Add("$PostId", SqliteType.Integer);
    }

    public void Write(long postId, RiskAssessment? risk)
    {
        if (risk is null)
        {
            _deletePostId.Value = postId;
            _delete.ExecuteNonQuery();
            return;
        }

        var row = StoredRisk.From(risk);
        _postId.Value = postId;
        _negative.Value = (double)row.CalibratedNegative;
        _hate.Value = (double)row.CalibratedHate;
        _offensive.Value = (double)row.CalibratedOffensive;
        _content.Value = (double)row.ContentRisk;
        _category.Value = row.Category;
        _virality.Value = row.Virality;
        _perMinute.Value = double.IsFinite(row.EngagementPerMinute) ? row.EngagementPerMinute : 0;
        _target.Value = row.HateTarget is { } target ? target : DBNull.Value;
        _terms.Value = row.TargetTerms;
        _justification.Value = row.Justification;
        _upsert.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _upsert.Dispose();
        _delete.Dispose();
    }
}
