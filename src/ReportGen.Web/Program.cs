return await ReportGen.Web.WebApp.MainAsync(args);
