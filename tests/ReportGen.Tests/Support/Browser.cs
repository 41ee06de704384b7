using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace ReportGen.Tests.Support;

/// <summary>
/// Debian's chromium under chromium-driver, headless, with nothing that reaches the network, a
/// fresh profile per instance. The driver and browser paths are given, so Selenium Manager never
/// tries to download a driver.
/// </summary>
internal sealed class Browser : IDisposable
{
    private readonly TempFolder profile = new();

    public Browser()
    {
        var chromium = ExternalTool.Require("chromium");
        var driver = ExternalTool.Require("chromedriver");
        var options = new ChromeOptions { BinaryLocation = chromium };
        options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
            "--user-data-dir=" + profile.Path);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(driver)!, Path.GetFileName(driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    public ChromeDriver Driver { get; }

    /// <summary>Opens a local file at a CSS viewport width (the window is sized so the viewport is exactly that wide).</summary>
    public void Open(string file, int viewportWidth, int viewportHeight = 900)
    {
        Driver.Manage().Window.Size = new System.Drawing.Size(viewportWidth, viewportHeight);
        Driver.Navigate().GoToUrl(new Uri(file).AbsoluteUri);
        var inner = Script<long>("return window.innerWidth;");
        if (inner != viewportWidth)
        {
            Driver.Manage().Window.Size = new System.Drawing.Size(viewportWidth + (viewportWidth - (int)inner), viewportHeight);
        }
    }

    public T Script<T>(string script, params object[] args) => (T)Driver.ExecuteScript(script, args)!;

    /// <summary>A screenshot of the whole page at the current width, for a person to look at.</summary>
    public void SaveFullPage(string path)
    {
        var size = Driver.Manage().Window.Size;
        var chrome = size.Height - Script<long>("return window.innerHeight;");
        var height = Script<long>("return document.documentElement.scrollHeight;");
        Driver.Manage().Window.Size = new System.Drawing.Size(size.Width, (int)Math.Min(height + chrome, 16000));
        Driver.GetScreenshot().SaveAsFile(path);
        Driver.Manage().Window.Size = size;
    }

    public void SaveElement(string cssSelector, string path) =>
        ((ITakesScreenshot)Driver.FindElement(By.CssSelector(cssSelector))).GetScreenshot().SaveAsFile(path);

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        profile.Dispose();
    }
}
