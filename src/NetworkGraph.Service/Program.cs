using NetworkGraph.Service;

await ServiceHost.Build(args).RunAsync().ConfigureAwait(false);
