using InvoiceHub.Web.Forwarding;
using InvoiceHub.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddInvoiceHubLogging();
builder.Services.AddInvoiceHub(builder.Configuration, builder.Environment);
builder.Services.AddInvoiceHubForwarding(builder.Configuration);
builder.Services.AddArchiveWorkspace();
builder.Services.AddOcrIntake(builder.Configuration);
builder.Services.AddInvoiceHubRetention(builder.Configuration);

var app = builder.Build();
app.UseInvoiceHub();
await app.PrepareDatabaseAsync(app.Lifetime.ApplicationStopping);
await app.RunAsync();

/// <summary>Entry point, public so that tests can host the application.</summary>
public partial class Program;
