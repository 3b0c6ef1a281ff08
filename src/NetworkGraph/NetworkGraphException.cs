namespace NetworkGraph;

/// <summary>The base of the exceptions that carry a domain outcome of NetworkGraph (e.g. an invalid survey file).</summary>
public class NetworkGraphException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="NetworkGraphException"/> class.</summary>
    public NetworkGraphException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="NetworkGraphException"/> class with a message.</summary>
    /// <param name="message">The message.</param>
    public NetworkGraphException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="NetworkGraphException"/> class with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public NetworkGraphException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
