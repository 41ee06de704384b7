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
        if (SingleValue().Match(message) is { Success: true } single)
        {
            return $"{single.Groups[1].Value} 只能给一个值，却给了 {single.Groups[2].Value} 个";
        }
        if (MissingValue().Match(message) is { Success: true } missing)
        {
            return $"选项 {missing.Groups[1].Value} 缺少取值";
        }
        // Our own validators speak Chinese already; a wording not known here still gets a Chinese sentence,
        // the original in brackets for the maintainer.
        return message.StartsWith("Required command was not provided", StringComparison.Ordinal) ? "请指定命令：check、build、init、import、aggregate、serve 或 rules"
            : message.Any(ch => ch >= 0x4E00) ? message
            : $"参数不符合要求（{message}）";
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

    [GeneratedRegex(@"^(?:Option|Argument|Command) '([^']*)' expects a single argument but (\d+) were provided")]
    private static partial Regex SingleValue();

    [GeneratedRegex(@"^Required argument missing for option: '([^']*)'")]
    private static partial Regex MissingValue();

    [GeneratedRegex(@"^Unrecognized command or argument '([^']*)'")]
    private static partial Regex Unrecognized();
}
