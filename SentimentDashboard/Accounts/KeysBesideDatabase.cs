using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;
using SentimentDashboard.Data;

namespace SentimentDashboard.Accounts;

/// <summary>
/// Keeps the keys that sign session cookies and antiforgery tokens in a <c>keys</c> folder beside the database, readable
/// by the app's user only: a restart keeps everyone signed in, and a copy of the data folder is a whole installation.
/// </summary>
internal sealed class KeysBesideDatabase(IOptions<DatabaseOptions> database, ILoggerFactory loggers) : IConfigureOptions<KeyManagementOptions>
{
    public void Configure(KeyManagementOptions options)
    {
        var folder = Path.Combine(Path.GetDirectoryName(database.Value.FullPath)!, "keys");
        var directory = OperatingSystem.IsWindows()
            ? Directory.CreateDirectory(folder)
            : Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        options.XmlRepository = new FileSystemXmlRepository(directory, loggers);
    }
}
