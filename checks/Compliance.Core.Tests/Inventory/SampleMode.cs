namespace Compliance.Core.Tests.Inventory;

public enum SampleMode
{
    Strict,
    ReportOnly,
}
