using NetworkGraph.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return CliApp.Run(args, Console.Out, Console.Error, cancellation.Token);
