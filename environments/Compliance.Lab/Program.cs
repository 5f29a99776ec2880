using Compliance.Lab.Cli;

return await LabCommandLine.RunAsync(args).ConfigureAwait(false);
