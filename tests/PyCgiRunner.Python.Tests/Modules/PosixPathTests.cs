using PyCgiRunner.Python.Modules.SystemModules;
using Xunit;

namespace PyCgiRunner.Python.Tests.Modules;

/// <summary>posixpath's string rules against CPython 2.7.18's answers (generated with the oracle).</summary>
public class PosixPathTests
{
    [Theory]
    [InlineData("", ".", "", "", "", "")]
    [InlineData("/", "/", "/", "", "/", "")]
    [InlineData("//", "//", "//", "", "//", "")]
    [InlineData("///", "/", "///", "", "///", "")]
    [InlineData("a", "a", "a", "", "", "a")]
    [InlineData("/a/./b/../c//d/", "/a/c/d", "/a/./b/../c//d/", "", "/a/./b/../c//d", "")]
    [InlineData("a/../../b", "../b", "a/../../b", "", "a/../..", "b")]
    [InlineData("//x", "//x", "//x", "", "//", "x")]
    [InlineData("./x/./", "x", "./x/./", "", "./x/.", "")]
    [InlineData("/../a", "/a", "/../a", "", "/..", "a")]
    [InlineData("a/b/../../..", "..", "a/b/../../..", "", "a/b/../..", "..")]
    [InlineData(".bashrc", ".bashrc", ".bashrc", "", "", ".bashrc")]
    [InlineData("archive.tar.gz", "archive.tar.gz", "archive.tar", ".gz", "", "archive.tar.gz")]
    [InlineData("file.", "file.", "file", ".", "", "file.")]
    [InlineData("/a.b/c", "/a.b/c", "/a.b/c", "", "/a.b", "c")]
    [InlineData("a/b.c.d", "a/b.c.d", "a/b.c", ".d", "a", "b.c.d")]
    [InlineData("..", "..", "..", "", "", "..")]
    [InlineData("...x", "...x", "...x", "", "", "...x")]
    [InlineData("a/.b", "a/.b", "a/.b", "", "a", ".b")]
    [InlineData("/a/", "/a", "/a/", "", "/a", "")]
    [InlineData("a//b//", "a/b", "a//b//", "", "a//b", "")]
    public void PathRules_CPythonTable_SameAnswers(string path, string normpath, string root, string ext, string dirname, string basename)
    {
        Assert.Equal(normpath, PosixPath.NormPath(path));
        Assert.Equal((root, ext), PosixPath.SplitExt(path));
        Assert.Equal(dirname, PosixPath.Dirname(path));
        Assert.Equal(basename, PosixPath.Basename(path));
    }

    [Theory]
    [InlineData("a/b/c", "a", "b", "c")]
    [InlineData("/root/x", "/root", "x")]
    [InlineData("/abs/b", "a", "/abs", "b")]
    [InlineData("a/b", "a/", "b")]
    [InlineData("a/", "a", "")]
    [InlineData("x", "", "x")]
    [InlineData("/a", "/", "a")]
    [InlineData("/c/d", "a", "b/", "/c/", "d")]
    public void Join_CPythonTable_SameAnswers(string expected, string first, params string[] rest)
        => Assert.Equal(expected, PosixPath.Join(first, rest));

    [Fact]
    public void ExpandVars_SetAndUnsetNames_OnlySetOnesReplaced()
        => Assert.Equal("/h/x/$NOPE/${NOPE", PosixPath.ExpandVars("$HOME/x/$NOPE/${NOPE", n => n == "HOME" ? "/h" : null));

    [Fact]
    public void RelPath_SiblingFolders_GoesUpThenDown()
        => Assert.Equal("../a/b", PosixPath.RelPath("/a/b", "/c", "/"));
}
