using System.Net;
using Microsoft.AspNetCore.Http;
using PyCgiRunner.Cgi.Environment;
using PyCgiRunner.Cgi.Mapping;
using PyCgiRunner.Cgi.Options;

namespace PyCgiRunner.Cgi.Tests.Environment;

/// <summary>RFC 3875 §4.1 meta-variables built from a request.</summary>
public sealed class CgiEnvironmentBuilderTests
{
    private static readonly ScriptTarget Target = new("/srv/cgi-bin/hello.py", "/cgi-bin/hello.py", "");

    private static DefaultHttpContext Context(string method = "GET", string query = "")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Protocol = "HTTP/1.1";
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost:8080");
        context.Request.Path = "/cgi-bin/hello.py";
        context.Request.QueryString = query.Length == 0 ? QueryString.Empty : new QueryString("?" + query);
        context.Connection.RemoteIpAddress = IPAddress.Loopback;
        context.Connection.RemotePort = 50000;
        context.Connection.LocalIpAddress = IPAddress.Loopback;
        context.Connection.LocalPort = 8080;
        return context;
    }

    private static Dictionary<string, string> Build(HttpContext context, ScriptTarget? target = null, CgiRequestLine? line = null, CgiOptions? options = null) =>
        CgiEnvironmentBuilder.Build(context, target ?? Target, line ?? new CgiRequestLine(context.Request.Method, context.Request.QueryString.Value?.TrimStart('?') ?? "", "/cgi-bin/hello.py", null),
            options ?? new CgiOptions { DocumentRoot = "/srv/htdocs" });

    [Fact]
    public void Get_StandardVariables_Set()
    {
        var env = Build(Context(query: "first_name=ZARA&last_name=ALI"));
        Assert.Equal("CGI/1.1", env["GATEWAY_INTERFACE"]);
        Assert.Equal("PyCgiRunner", env["SERVER_SOFTWARE"]);
        Assert.Equal("localhost", env["SERVER_NAME"]);
        Assert.Equal("8080", env["SERVER_PORT"]);
        Assert.Equal("HTTP/1.1", env["SERVER_PROTOCOL"]);
        Assert.Equal("GET", env["REQUEST_METHOD"]);
        Assert.Equal("first_name=ZARA&last_name=ALI", env["QUERY_STRING"]);
        Assert.Equal("/cgi-bin/hello.py", env["SCRIPT_NAME"]);
        Assert.Equal("/srv/cgi-bin/hello.py", env["SCRIPT_FILENAME"]);
        Assert.Equal("127.0.0.1", env["REMOTE_ADDR"]);
        Assert.Equal("127.0.0.1", env["REMOTE_HOST"]);
        Assert.Equal("50000", env["REMOTE_PORT"]);
        Assert.Equal("127.0.0.1", env["SERVER_ADDR"]);
        Assert.Equal("/srv/htdocs", env["DOCUMENT_ROOT"]);
        Assert.Equal("/cgi-bin/hello.py", env["REQUEST_URI"]);
        Assert.Equal("localhost:8080", env["HTTP_HOST"]);
        Assert.True(env.ContainsKey("PATH"));
    }

    [Fact]
    public void Get_NoQueryNoBodyNoPathInfo_QueryEmptyOthersUnset()
    {
        var env = Build(Context());
        Assert.Equal("", env["QUERY_STRING"]);
        Assert.False(env.ContainsKey("PATH_INFO"));
        Assert.False(env.ContainsKey("PATH_TRANSLATED"));
        Assert.False(env.ContainsKey("CONTENT_TYPE"));
        Assert.False(env.ContainsKey("CONTENT_LENGTH"));
    }

    [Fact]
    public void PathInfo_Present_PathTranslatedThroughDocumentRoot()
    {
        var env = Build(Context(), new ScriptTarget("/srv/cgi-bin/hello.py", "/cgi-bin/hello.py", "/extra/path"));
        Assert.Equal("/extra/path", env["PATH_INFO"]);
        Assert.Equal("/srv/htdocs/extra/path", env["PATH_TRANSLATED"]);
    }

    [Fact]
    public void Post_ContentHeaders_OwnVariablesNotHttp()
    {
        var context = Context("POST");
        context.Request.ContentType = "application/x-www-form-urlencoded";
        context.Request.ContentLength = 7;
        var env = Build(context, line: new CgiRequestLine("POST", "", "/cgi-bin/hello.py", 7));
        Assert.Equal("application/x-www-form-urlencoded", env["CONTENT_TYPE"]);
        Assert.Equal("7", env["CONTENT_LENGTH"]);
        Assert.False(env.ContainsKey("HTTP_CONTENT_TYPE"));
        Assert.False(env.ContainsKey("HTTP_CONTENT_LENGTH"));
    }

    [Fact]
    public void RequestHeaders_UpperCasedDashToUnderscore_ProxyAndUnderscoreNamesSkipped()
    {
        var context = Context();
        context.Request.Headers["User-Agent"] = "gwcorpus/1";
        context.Request.Headers["Accept-Language"] = "en";
        context.Request.Headers["Proxy"] = "http://evil:8080";
        context.Request.Headers["X_Smuggled"] = "1";
        context.Request.Headers["Cookie"] = new(["a=1", "b=2"]);
        var env = Build(context);
        Assert.Equal("gwcorpus/1", env["HTTP_USER_AGENT"]);
        Assert.Equal("en", env["HTTP_ACCEPT_LANGUAGE"]);
        Assert.Equal("a=1; b=2", env["HTTP_COOKIE"]);
        Assert.False(env.ContainsKey("HTTP_PROXY"));
        Assert.False(env.ContainsKey("HTTP_X_SMUGGLED"));
    }

    [Fact]
    public void NonAsciiPath_PassedAsUtf8Bytes()
    {
        var env = Build(Context(), new ScriptTarget("/srv/cgi-bin/hello.py", "/cgi-bin/hello.py", "/caf\u00e9"));
        Assert.Equal("/caf\u00c3\u00a9", env["PATH_INFO"]);
    }

    [Fact]
    public void InternalRedirect_RedirectVariables_ContentTypeKeptNoLength()
    {
        var context = Context("POST");
        context.Request.ContentType = "application/x-www-form-urlencoded";
        var line = new CgiRequestLine("GET", "from=post", "/cgi-bin/echo_env?from=post", null, new CgiRedirect("/cgi-bin/first", "", "POST"));
        var env = Build(context, line: line);
        Assert.Equal("GET", env["REQUEST_METHOD"]);
        Assert.Equal("from=post", env["QUERY_STRING"]);
        Assert.Equal("200", env["REDIRECT_STATUS"]);
        Assert.Equal("/cgi-bin/first", env["REDIRECT_URL"]);
        Assert.Equal("", env["REDIRECT_QUERY_STRING"]);
        Assert.Equal("POST", env["REDIRECT_REQUEST_METHOD"]);
        Assert.Equal("application/x-www-form-urlencoded", env["CONTENT_TYPE"]);
        Assert.False(env.ContainsKey("CONTENT_LENGTH"));
    }

    [Fact]
    public void AuthorizationHeaders_Default_WithheldFromScripts()
    {
        // Apache without CGIPassAuth: credentials are not every script's business (issue 7, item 10).
        var context = Context();
        context.Request.Headers.Authorization = "Basic YWxpY2U6c2VjcmV0";
        context.Request.Headers.ProxyAuthorization = "Basic cHJveHk6cHc=";

        var env = Build(context);

        Assert.False(env.ContainsKey("HTTP_AUTHORIZATION"));
        Assert.False(env.ContainsKey("HTTP_PROXY_AUTHORIZATION"));
    }

    [Fact]
    public void AuthorizationHeaders_PassAuthorizationOn_Passed()
    {
        var context = Context();
        context.Request.Headers.Authorization = "Basic YWxpY2U6c2VjcmV0";

        var env = Build(context, options: new CgiOptions { DocumentRoot = "/srv/htdocs", PassAuthorization = true });

        Assert.Equal("Basic YWxpY2U6c2VjcmV0", env["HTTP_AUTHORIZATION"]);
    }
}
