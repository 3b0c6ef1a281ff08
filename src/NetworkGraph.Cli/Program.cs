using System.Runtime.InteropServices;
using NetworkGraph.Cli;

using var cancellation = new CancellationTokenSource();
int interrupts = 0;
Console.CancelKeyPress += (_, e) =>
{
    if (Interlocked.Increment(ref interrupts) == 1)
    {
        // The first Ctrl-C cancels the run, which cleans up and exits 130.
        e.Cancel = true;
        cancellation.Cancel();
        return;
    }

    // A second Ctrl-C ends the process at once, whatever it is blocked on.
    StagingFolders.DeleteAll();
    Environment.Exit(CliApp.Cancelled);
};

using PosixSignalRegistration terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancellation.Cancel();
});

return CliApp.Run(args, Console.Out, Console.Error, cancellation.Token, errorIsTerminal: !Console.IsErrorRedirected);
