return ReportGen.Cli.DoubleClickStart.Run(args, Console.Out, Console.Error, Console.In);
