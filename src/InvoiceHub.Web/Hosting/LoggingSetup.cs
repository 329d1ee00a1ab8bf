using Serilog;
using Serilog.Formatting.Compact;

namespace InvoiceHub.Web.Hosting;

/// <summary>Serilog: readable console lines in Development, compact JSON (one event a line) everywhere else.</summary>
internal static class LoggingSetup
{
    public static void AddInvoiceHubLogging(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .Enrich.WithProperty("Application", "InvoiceHub");
            if (development)
            {
                logger.WriteTo.Console(outputTemplate:
                    "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {CorrelationId}{NewLine}{Exception}");
            }
            else
            {
                logger.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
        });
    }
}
