using AseanAi.Citations.Cli;

// The cite command. Everything it does lives in the libraries; this entry point only wires the console in.
return await CliApplication.RunAsync(args, Console.Out, Console.Error, CliEnvironment.FromConsole()).ConfigureAwait(false);
