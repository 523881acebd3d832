using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PyCgiRunner.Cgi.Mapping;
using PyCgiRunner.Cgi.Middleware;
using PyCgiRunner.Cgi.Options;

// In the framework's namespace so `app.UsePythonCgi()` is found without a using (STYLE.md).
namespace Microsoft.AspNetCore.Builder;

public static class PythonCgiApplicationBuilderExtensions
{
    /// <summary>
    /// Adds the access log, the guard against failures and odd methods, the CGI gateway and, when a document root is configured, its static files (with
    /// <c>index.html</c> for folders). Static files come after the gateway so scripts under the document root
    /// (ExecCGI) run rather than being sent as source, and so an internal redirect can land on a static file.
    /// </summary>
    public static IApplicationBuilder UsePythonCgi(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<CgiOptions>>().Value;
        app.UseMiddleware<CgiAccessLogMiddleware>();
        app.UseMiddleware<CgiRequestGuardMiddleware>();
        app.UseMiddleware<PythonCgiMiddleware>();
        if (options.ServeStaticFiles && options.DocumentRoot is not null && Directory.Exists(options.DocumentRoot))
        {
            var files = new ContainedFileProvider(options.DocumentRoot);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, DefaultFileNames = ["index.html", "index.htm"] });
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = files,
                ContentTypeProvider = new FileExtensionContentTypeProvider(),
                // Apache serves every file under the document root; an unknown type goes out as bytes.
                ServeUnknownFileTypes = true,
                DefaultContentType = "application/octet-stream",
            });
        }
        return app;
    }
}
