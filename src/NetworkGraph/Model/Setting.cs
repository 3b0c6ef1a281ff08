namespace NetworkGraph.Model;

/// <summary>The care setting of an actor (docs/en/survey-format.md, column <c>setting</c> of <c>actors.csv</c>).</summary>
/// <remarks>Written in files and reports in lower case: <c>hospital</c>, <c>ambulatory</c>, <c>social</c>, <c>other</c>.</remarks>
public enum Setting
{
    /// <summary>Inpatient, residential, day hospital, post-cure (<c>hospital</c>).</summary>
    Hospital = 0,

    /// <summary>GPs, outpatient mental-health and addiction services, independent psychiatrists and psychologists, medical houses (<c>ambulatory</c>).</summary>
    Ambulatory = 1,

    /// <summary>Social services, housing, prevention, youth aid, self-help (<c>social</c>).</summary>
    Social = 2,

    /// <summary>Judicial sector, schools, police and anything else (<c>other</c>); also the setting of unresolved partners.</summary>
    Other = 3,
}
