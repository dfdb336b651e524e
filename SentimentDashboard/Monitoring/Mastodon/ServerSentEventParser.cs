using System.Text;

namespace SentimentDashboard.Monitoring.Mastodon;

/// <summary>
/// Reads a server-sent event stream line by line (the text/event-stream format): fields until a blank line,
/// comments (Mastodon's <c>:thump</c> heartbeat) ignored.
/// </summary>
internal sealed class ServerSentEventParser
{
    private readonly StringBuilder data = new();
    private string type = "message";
    private bool hasData;

    /// <summary>Takes one line without its line ending; returns the event that a blank line completes.</summary>
    public ServerSentEvent? Feed(string line)
    {
        if (line.Length == 0)
        {
            var completed = hasData ? new ServerSentEvent(type, data.ToString()) : null;
            data.Clear();
            hasData = false;
            type = "message";
            return completed;
        }

        if (line[0] == ':')
        {
            return null;
        }

        var colon = line.IndexOf(':');
        var field = colon < 0 ? line : line[..colon];
        var value = colon < 0 ? "" : line[(colon + 1)..];
        if (value.StartsWith(' '))
        {
            value = value[1..];
        }

        switch (field)
        {
            case "event":
                type = value;
                break;
            case "data":
                if (hasData)
                {
                    data.Append('\n');
                }

                data.Append(value);
                hasData = true;
                break;
        }

        return null;
    }
}
