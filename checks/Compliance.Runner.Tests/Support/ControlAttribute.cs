namespace Compliance.Runner.Tests.Support;

/// <summary>Stands in for the suite's <c>[Control]</c> attribute (discovery matches it by name).</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ControlAttribute(string controlId) : PropertyAttribute("Control", controlId);
