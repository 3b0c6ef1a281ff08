namespace NetworkGraph;

/// <summary>
/// The base of the exceptions NetworkGraph throws for domain outcomes that carry data (a malformed
/// input file, a computation that did not converge); caller mistakes get the BCL's argument exceptions.
/// </summary>
public class NetworkGraphException : Exception
{
    /// <summary>Creates an exception with a default message.</summary>
    public NetworkGraphException()
        : base("A NetworkGraph operation failed.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public NetworkGraphException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public NetworkGraphException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
