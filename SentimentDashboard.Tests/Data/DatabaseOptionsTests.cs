using Microsoft.Extensions.Options;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Data;

public sealed class DatabaseOptionsTests
{
    [Fact]
    public async Task App_Refuses_To_Start_When_Database_Path_Is_A_Folder()
    {
        using var temp = new TempDirectory();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => PipelineHost.StartAsync(temp.Path));

        Assert.Equal(
            $"Database:Path '{temp.Path}': is a folder (fix: give the path of a SQLite file in it, e.g. data/sentimentdashboard.db)",
            Assert.Single(error.Failures));
    }
}
