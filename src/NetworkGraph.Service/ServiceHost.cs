using Microsoft.AspNetCore.Http.Features;

namespace NetworkGraph.Service;

/// <summary>Builds the one process of the service: the HTTP API, the inbox worker and the embedded store.</summary>
internal static class ServiceHost
{
    /// <summary>
    /// Builds the application from <paramref name="args"/> (standard .NET configuration: appsettings.json,
    /// environment variables, command line). With no configuration it uses <c>./inbox</c> and
    /// <c>./networkgraph.db</c> in the working directory and no Neo4j.
    /// </summary>
    public static WebApplication Build(string[] args)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        builder.Services.AddSystemd();
        builder.Services.Configure<ServiceOptions>(builder.Configuration.GetSection("NetworkGraph"));
        builder.Services.Configure<Neo4jOptions>(builder.Configuration.GetSection("Neo4j"));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(20));
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = Limits.MaxUploadBytes);
        builder.Services.Configure<FormOptions>(o =>
        {
            o.MultipartBodyLengthLimit = Limits.MaxUploadBytes;
            o.ValueCountLimit = 64;
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IReportPageRenderer, LibraryReportPageRenderer>();
        builder.Services.AddSingleton<PersonalData>();
        builder.Services.AddSingleton<WaveAnalyzer>();
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ServiceOptions>>().Value;
            return new WaveStore(Path.GetFullPath(options.Database), sp.GetRequiredService<PersonalData>());
        });
        builder.Services.AddSingleton<MetricsCache>();
        builder.Services.AddSingleton<FollowUpViews>();
        builder.Services.AddHostedService<InboxWorker>();
        builder.Services.AddHttpClient(Neo4jHttpGraphStore.ClientName, (sp, client) =>
        {
            var neo4j = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Neo4jOptions>>().Value;
            client.Timeout = TimeSpan.FromSeconds(neo4j.TimeoutSeconds);
        });
        builder.Services.AddSingleton<IGraphStore, Neo4jHttpGraphStore>();
        builder.Services.AddHostedService<SyncWorker>();

        WebApplication app = builder.Build();

        // A pseudonymization secret that is too short stops the start here, before anything is ingested.
        app.Services.GetRequiredService<PersonalData>();
        app.UseExceptionHandler();
        // Framework refusals (404, 405, 415…) are problem+json like the API's own, whatever the client's Accept header says.
        app.UseStatusCodePages(status => Results.Problem(statusCode: status.HttpContext.Response.StatusCode).ExecuteAsync(status.HttpContext));
        FollowUpApi.UseGuard(app);
        app.MapOpenApi("/openapi/v1.json"); // the one document; other names are the API's own 404
        Api.Map(app);
        FollowUpApi.Map(app);
        return app;
    }
}
