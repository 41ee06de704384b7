return ReportGen.Cli.ConsoleStart.Run(args);
