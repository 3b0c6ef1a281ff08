namespace NetworkGraph.Internal;

/// <summary>Cheap cancellation checks inside long loops over nodes, edges or rows.</summary>
internal static class Cancellation
{
    /// <summary>Throws when the token is cancelled, checking once every 4 096 values of <paramref name="step"/>.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static void CheckEvery4096(long step, CancellationToken cancellationToken)
    {
        if ((step & 4095) == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
