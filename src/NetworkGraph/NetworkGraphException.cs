namespace NetworkGraph;

/// <summary>The base of the exceptions that report a domain outcome of the library (not a caller mistake).</summary>
/// <remarks>Caller mistakes (a null graph, a node out of range, an option out of its domain) raise the BCL's
/// <see cref="ArgumentException"/> family instead; catch this type to handle every outcome the library reports.</remarks>
public class NetworkGraphException : Exception
{
    /// <summary>Creates an exception with a default message.</summary>
    public NetworkGraphException()
        : base("A NetworkGraph computation failed.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What happened, and the way out when there is one.</param>
    public NetworkGraphException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What happened, and the way out when there is one.</param>
    /// <param name="innerException">The cause.</param>
    public NetworkGraphException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
