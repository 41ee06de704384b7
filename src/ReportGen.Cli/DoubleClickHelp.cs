using ReportGen.Model;
using ReportGen.Pipeline;

namespace ReportGen.Cli;

/// <summary>
/// What a double-click on reportgen.exe shows when the filling page (reportgen-web) is not beside it:
/// the command line works on folders named on it, so it says how to open one, and waits, so that the
/// window does not flash and close. With the page installed a double-click opens it (<see cref="DoubleClickStart"/>).
/// </summary>
internal static class DoubleClickHelp
{
    public const string Text = """
        本程序所在的文件夹中没有填报页面程序 reportgen-web，双击只显示命令行的用法说明，不检查也不生成任何文件。

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
