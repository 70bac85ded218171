using EnergySaving.Api.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddEnergySaving();

var app = builder.Build();
await app.RunStartupTasksAsync();
app.UseEnergySaving();
app.Run();

/// <summary>Entry point; public so that integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
