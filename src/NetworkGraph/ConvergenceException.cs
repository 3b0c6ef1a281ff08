using System.Globalization;

namespace NetworkGraph;

/// <summary>An iterative method (PageRank, eigenvector centrality) did not meet its tolerance within its iteration budget.</summary>
/// <remarks>The counterpart of NetworkX's <c>PowerIterationFailedConvergence</c>. Raise the iteration budget or the
/// tolerance in the method's options, or check the graph (e.g. a huge graph with a tiny spectral gap).</remarks>
public sealed class ConvergenceException : NetworkGraphException
{
    /// <summary>Creates the exception for a method that ran <paramref name="iterations"/> iterations and stopped with <paramref name="residual"/>.</summary>
    /// <param name="iterations">The number of iterations run.</param>
    /// <param name="residual">The last residual, in the method's own stopping measure.</param>
    public ConvergenceException(int iterations, double residual)
        : base(string.Format(
            CultureInfo.InvariantCulture,
            "The power iteration did not converge in {0} iterations (last residual {1:G6}); raise MaxIterations or Tolerance.",
            iterations,
            residual))
    {
        Iterations = iterations;
        Residual = residual;
    }

    /// <summary>Creates the exception with a default message.</summary>
    public ConvergenceException()
        : base("The power iteration did not converge.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What happened.</param>
    public ConvergenceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">The cause.</param>
    public ConvergenceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the number of iterations run before giving up.</summary>
    public int Iterations { get; }

    /// <summary>Gets the last residual, in the method's own stopping measure (e.g. the L1 change for PageRank).</summary>
    public double Residual { get; }
}
