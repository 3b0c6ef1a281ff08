namespace NetworkGraph.Algorithms;

/// <summary>The Gould–Fernandez brokerage counts of one node: open two-paths a → b → c it brokers, by role.</summary>
/// <param name="Coordinator">a, b and c in one group (sna's <c>w_I</c>).</param>
/// <param name="Gatekeeper">b and c in one group, a in another (sna's <c>b_OI</c> column, pattern A → B → B).</param>
/// <param name="Representative">a and b in one group, c in another (sna's <c>b_IO</c> column, pattern A → A → B).</param>
/// <param name="Consultant">a and c in one group, b in another (itinerant broker, sna's <c>w_O</c>).</param>
/// <param name="Liaison">a, b and c in three different groups (sna's <c>b_O</c>).</param>
public readonly record struct BrokerageRoles(long Coordinator, long Gatekeeper, long Representative, long Consultant, long Liaison)
{
    /// <summary>Gets the total number of open two-paths brokered (sna's <c>t</c>).</summary>
    public long Total => Coordinator + Gatekeeper + Representative + Consultant + Liaison;
}
