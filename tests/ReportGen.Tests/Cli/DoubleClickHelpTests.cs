using ReportGen.Cli;
using ReportGen.Model;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Cli;

/// <summary>What a double-clicked reportgen.exe tells a user on Windows, and that it waits for them.</summary>
public class DoubleClickHelpTests
{
    [Fact]
    public void The_commands_it_teaches_work_in_the_order_it_gives_them()
    {
        using var temp = new TempFolder();
        var commands = DoubleClickHelp.Text.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("reportgen ", StringComparison.Ordinal) && !l.Contains("--help", StringComparison.Ordinal))
            .Select(l => l["reportgen ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();

        Assert.Equal(["init", "check", "build"], commands.Select(c => c[0]));
        foreach (var command in commands)
        {
            var result = CliProcess.RunIn(temp.Path, command);
            Assert.True(result.ExitCode == 0, string.Join(' ', command) + ": " + result.Stdout + result.Stderr);
            if (command[0] == "init")
            {
                // The user fills in the new folder (prompts and zeros do not pass check): here with the sample.
                SampleFiles.Load().WriteTo(Path.Combine(temp.Path, command[1]));
            }
        }
        Assert.True(File.Exists(temp.File("年报.docx")));
    }

    [Fact]
    public void It_writes_the_help_and_returns_only_after_the_user_presses_enter()
    {
        var output = new StringWriter();
        var input = new StringReader("\nnot read\n");

        var exit = DoubleClickHelp.Show(output, input);

        Assert.Equal(0, exit);
        Assert.StartsWith(DoubleClickHelp.Text, output.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("按回车键关闭此窗口。", output.ToString(), StringComparison.Ordinal);
        Assert.Equal("not read", input.ReadLine());
    }
}
