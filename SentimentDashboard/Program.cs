using SentimentDashboard.Cli;
using SentimentDashboard.Hosting;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args, Console.In, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(DashboardArguments.ToConfigurationArguments(args));
builder.AddSentimentDashboard();
var app = builder.Build();
return await app.RunSentimentDashboardAsync(Console.Error);

public partial class Program;
