return await ReportGen.Web.WebApp.RunAsync(args, Console.Out, Console.Error);
