using ReportGen.Pipeline;

namespace ReportGen.Cli;

/// <summary>
/// What a double-click on reportgen.exe shows: the tool works on folders named on a command line, so
/// it says how to open one, and waits, so that the window does not flash and close.
/// </summary>
internal static class DoubleClickHelp
{
    public const string Text = """
        ReportGen 是命令行工具：双击只显示本说明，不检查也不生成任何文件。

        怎样使用：
          1. 在本程序所在的文件夹窗口，点地址栏，输入 cmd 后按回车，打开命令提示符。
          2. 新建一份待填的报告文件夹：
               reportgen init 我的年报 --agency 某某市某某局 --year 2025
          3. 用 Excel 或记事本填好其中的 CSV 表格和文字后，检查：
               reportgen check 我的年报
          4. 检查通过后生成 Word 文档：
               reportgen build 我的年报 -o 年报.docx

        每条提示都写明文件、行号和怎样改。更多说明见同一压缩包中的“使用说明.txt”，或运行 reportgen --help。
        """;

    public static int Show(TextWriter output, TextReader input)
    {
        output.WriteLine(Text);
        output.WriteLine();
        output.Write("按回车键关闭此窗口。");
        input.ReadLine();
        return (int)ExitCode.Success;
    }
}
