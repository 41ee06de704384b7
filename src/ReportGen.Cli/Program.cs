return ReportGen.Cli.CliApp.Run(args, Console.Out, Console.Error);
