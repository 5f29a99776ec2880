using System.Text.RegularExpressions;

namespace Compliance.Core.Catalog;

/// <summary>The shapes of policy IDs and framework control identifiers the catalog accepts.</summary>
public static partial class PolicyIdentifiers
{
    /// <summary>A policy ID: family letters, a dash, two digits (<c>NET-07</c>).</summary>
    public static bool IsPolicyId(string value) => PolicyIdPattern().IsMatch(value);

    /// <summary>An ISO/IEC 27001:2022 Annex A control (<c>A.5.1</c>..<c>A.5.37</c>, <c>A.6.1</c>..<c>A.6.8</c>, <c>A.7.1</c>..<c>A.7.14</c>, <c>A.8.1</c>..<c>A.8.34</c>).</summary>
    public static bool IsIso27001Control(string value) => Iso27001Pattern().IsMatch(value);

    /// <summary>A NIST SP 800-53 rev. 5 control or enhancement (<c>SC-7</c>, <c>SC-7(5)</c>) of one of the 20 families.</summary>
    public static bool IsNist80053Control(string value) => Nist80053Pattern().IsMatch(value);

    [GeneratedRegex(@"^[A-Z]{2,5}-[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex PolicyIdPattern();

    [GeneratedRegex(@"^A\.(5\.([1-9]|[12][0-9]|3[0-7])|6\.[1-8]|7\.([1-9]|1[0-4])|8\.([1-9]|[12][0-9]|3[0-4]))$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso27001Pattern();

    [GeneratedRegex(@"^(AC|AT|AU|CA|CM|CP|IA|IR|MA|MP|PE|PL|PM|PS|PT|RA|SA|SC|SI|SR)-[1-9][0-9]?(\([1-9][0-9]?\))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Nist80053Pattern();
}
