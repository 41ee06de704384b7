using System.Text.RegularExpressions;

namespace ReportGen.Cli;

/// <summary>System.CommandLine reports usage errors in English; the users read Chinese.</summary>
internal static partial class ParseErrorText
{
    public static string Chinese(string message)
    {
        if (NotAllowed().Match(message) is { Success: true } value)
        {
            return $"“{value.Groups[1].Value}”不是有效的取值，可选：{string.Join("、", Quoted().Matches(message).Skip(1).Select(m => m.Groups[1].Value))}";
        }
        if (RequiredOption().Match(message) is { Success: true } option)
        {
            return $"缺少必需的选项 {option.Groups[1].Value}";
        }
        if (RequiredArgument().Match(message) is { Success: true } argument)
        {
            return $"命令 {argument.Groups[1].Value} 缺少必需的参数";
        }
        if (CannotParse().Match(message) is { Success: true } parse)
        {
            return $"选项 {parse.Groups[2].Value} 的取值“{parse.Groups[1].Value}”格式不对";
        }
        if (Unrecognized().Match(message) is { Success: true } token)
        {
            return $"无法识别的命令或参数“{token.Groups[1].Value}”";
        }
        return message.StartsWith("Required command was not provided", StringComparison.Ordinal)
            ? "请指定命令：check、build、init、import、aggregate 或 rules"
            : message;
    }

    [GeneratedRegex(@"^Argument '([^']*)' not recognized")]
    private static partial Regex NotAllowed();

    [GeneratedRegex(@"'([^']*)'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^Option '([^']*)' is required")]
    private static partial Regex RequiredOption();

    [GeneratedRegex(@"^Required argument missing for command: '([^']*)'")]
    private static partial Regex RequiredArgument();

    [GeneratedRegex(@"^Cannot parse argument '([^']*)' for option '([^']*)'")]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"^Unrecognized command or argument '([^']*)'")]
    private static partial Regex Unrecognized();
}
