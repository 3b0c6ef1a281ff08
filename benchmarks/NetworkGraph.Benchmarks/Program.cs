using BenchmarkDotNet.Running;
using NetworkGraph.Benchmarks;
using NetworkGraph.Benchmarks.Inputs;

if (args.Length > 0 && args[0] == "generate")
{
    return GenerateCommand.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly).Run(args, new BenchmarkConfig());
return 0;
