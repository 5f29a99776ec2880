namespace Compliance.Checks.Framework;

/// <summary>Tags a check with the requirement ID it enforces (NUnit property <c>Control</c>).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class ControlAttribute(string controlId) : PropertyAttribute("Control", controlId)
{
    /// <summary>The requirement ID, e.g. <c>NET-07</c>.</summary>
    public string ControlId { get; } = controlId;
}
