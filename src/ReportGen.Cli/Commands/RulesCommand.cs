using System.CommandLine;
using ReportGen.Findings;

namespace ReportGen.Cli.Commands;

/// <summary>`reportgen rules`: the catalogue of every rule the validator runs.</summary>
internal static class RulesCommand
{
    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format") { Description = "输出格式：text（默认）或 json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("rules", "列出所有检查规则（编号、级别、说明、比较内容）") { format };
        command.SetAction(parsed =>
        {
            new RuleCatalogFormatter().Write(console.Output, parsed.GetValue(format) == "json");
            return 0;
        });
        return command;
    }
}
