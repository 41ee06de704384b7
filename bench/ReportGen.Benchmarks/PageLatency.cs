using System.Diagnostics;
using System.Globalization;
using System.Text;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace ReportGen.Benchmarks;

/// <summary>
/// How long after the debounce the page shows the findings: the page's own clock, from the moment the
/// debounce fires (the request leaves) to the animation frame after the findings are in the page
/// (body[data-check-ms], set by Page/app.js), in Debian's chromium against the published reportgen-web.
/// Each keystroke alternates breaking and restoring the balance of a 表三 column, so half the checks
/// answer with R1 findings to draw and half with none. Target (issue #17): within 100 ms.
/// </summary>
internal static class PageLatency
{
    private const string Cell = "applications/carried_forward/natural";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 1)
        {
            await Console.Error.WriteLineAsync("usage: page-latency <reportgen-web binary or .dll> [keystrokes, default 40]");
            return 2;
        }
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40;
        var work = Directory.CreateTempSubdirectory("reportgen-page-bench-");
        try
        {
            var folder = Directory.CreateDirectory(Path.Combine(work.FullName, "report")).FullName;
            foreach (var file in Directory.GetFiles(SampleFolder.Path))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }
            using var server = StartServer(args[0], folder);
            try
            {
                var url = await server.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)) ?? throw new InvalidOperationException("reportgen-web printed no URL");
                var timings = Measure(url, runs, Path.Combine(work.FullName, "profile"));
                Report(timings);
            }
            finally
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
            }
            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static Process StartServer(string web, string folder)
    {
        var start = web.EndsWith(".dll", StringComparison.Ordinal) ? new ProcessStartInfo("dotnet", [web]) : new ProcessStartInfo(web);
        start.ArgumentList.Add(folder);
        start.ArgumentList.Add("--no-open");
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.StandardOutputEncoding = Encoding.UTF8;
        return Process.Start(start) ?? throw new InvalidOperationException("could not start " + web);
    }

    private static List<double> Measure(string url, int runs, string profile)
    {
        var options = new ChromeOptions { BinaryLocation = OnPath("chromium") };
        options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}", "--window-size=1600,1200");
        var driverPath = OnPath("chromedriver");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(driverPath)!, Path.GetFileName(driverPath));
        service.SuppressInitialDiagnosticInformation = true;
        using var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        var wait = new WebDriverWait(driver, TimeSpan.FromSeconds(10));
        driver.Navigate().GoToUrl(url);
        wait.Until(d => d.FindElement(By.TagName("body")).GetAttribute("data-ready") == "true");
        var input = driver.FindElement(By.CssSelector($"input[data-cell='{Cell}']"));
        driver.ExecuteScript("arguments[0].scrollIntoView({ block: 'center' })", input);
        input.Click();
        var timings = new List<double>();
        for (var i = 0; i < runs + 3; i++)
        {
            var checks = driver.FindElement(By.TagName("body")).GetAttribute("data-checks");
            input.SendKeys(Keys.Control + "a");
            input.SendKeys(i % 2 == 0 ? "3" : "0");
            wait.Until(d => d.FindElement(By.TagName("body")).GetAttribute("data-checks") != checks);
            // The first few warm the server's JIT-free paths and the browser's layout caches.
            if (i >= 3)
            {
                timings.Add(double.Parse(driver.FindElement(By.TagName("body")).GetAttribute("data-check-ms")!, CultureInfo.InvariantCulture));
            }
        }
        return timings;
    }

    private static void Report(List<double> timings)
    {
        timings.Sort();
        double At(double q) => timings[Math.Min(timings.Count - 1, (int)Math.Ceiling(q * timings.Count) - 1)];
        var median = At(0.5);
        var p95 = At(0.95);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| page: debounce end → findings shown ({timings.Count} keystrokes; median, p95, max) | {median:F1} / {p95:F1} / {timings[^1]:F1} ms | <= 100 ms | {(p95 <= 100 ? "yes" : "NO")} |"));
    }

    private static string OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists) ?? throw new FileNotFoundException($"{name} is not on PATH (apt-get install chromium chromium-driver)");
}
