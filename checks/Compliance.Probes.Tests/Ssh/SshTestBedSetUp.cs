namespace Compliance.Probes.Tests.Ssh;

/// <summary>One SSH test bed for every test of this namespace, torn down even when a test or the set-up fails.</summary>
[SetUpFixture]
public sealed class SshTestBedSetUp
{
    private static SshTestBed? bed;

    internal static SshTestBed Bed => bed ?? throw new InvalidOperationException("the SSH test bed is not up");

    [OneTimeSetUp]
    public void Up() => bed = new SshTestBed();

    [OneTimeTearDown]
    public void Down()
    {
        bed?.Dispose();
        bed = null;
    }
}
