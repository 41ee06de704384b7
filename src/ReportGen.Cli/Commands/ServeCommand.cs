using System.CommandLine;
using ReportGen.Pipeline;

namespace ReportGen.Cli.Commands;

/// <summary>`reportgen serve [&lt;folder&gt;] [--port N] [--no-open]`: the page for filling in one report folder (without one, the page asks for it).</summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var folder = new Argument<string?>("folder") { Description = "要填写的报告文件夹（不给出时在页面中打开或新建）", Arity = ArgumentArity.ZeroOrOne };
        var port = new Option<int>("--port") { Description = "端口号（默认由系统选择一个空闲端口）", DefaultValueFactory = _ => 0 };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("端口号应在 0 至 65535 之间");
            }
        });
        var noOpen = new Option<bool>("--no-open") { Description = "不自动打开浏览器" };
        var command = new Command("serve", "在本机（127.0.0.1）打开填报页面：填写三张表与叙述，边填边检查，保存并生成 Word") { folder, port, noOpen };
        command.SetAction(parsed =>
        {
            var request = new ServeLaunchRequest(parsed.GetValue(folder), parsed.GetValue(port), !parsed.GetValue(noOpen));
            return (int)new WebLauncher(console).Run(request);
        });
        return command;
    }
}
