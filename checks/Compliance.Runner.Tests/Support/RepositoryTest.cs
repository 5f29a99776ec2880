namespace Compliance.Runner.Tests.Support;

/// <summary>A test with a fresh <see cref="TestRepository"/> for each case, deleted afterwards.</summary>
public abstract class RepositoryTest
{
    private protected TestRepository repository = null!;

    [SetUp]
    public void CreateRepository() => repository = new TestRepository();

    [TearDown]
    public void DeleteRepository() => repository.Dispose();
}
