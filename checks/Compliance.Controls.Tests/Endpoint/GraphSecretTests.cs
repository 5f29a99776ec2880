using Compliance.Controls.Accounts;
using Compliance.Core.Inventory;
using Compliance.Core.Inventory.Expected;
using Compliance.Core.Outcomes;
using Compliance.Controls.Framework;

namespace Compliance.Controls.Tests.Endpoint;

[NonParallelizable]
public sealed class GraphSecretTests
{
    private const string Variable = "COMPLIANCE_TEST_GRAPH_SECRET";
    private const string Secret = "s3cr3t-Graph-Value-7f2a9d";

    [Test]
    public async Task Client_secret_from_the_environment_never_reaches_the_message_or_the_evidence()
    {
        Environment.SetEnvironmentVariable(Variable, Secret);
        try
        {
            var expected = LabTenant.Expected with
            {
                RecordedTenant = null,
                Authority = "https://127.0.0.1:9/",
                Credential = new GraphCredentialExpectation { Kind = "secret", Env = Variable },
            };
            var tenant = new LabTenant(expected, EnvironmentKind.Production);
            var context = new CheckContext(tenant.Inventory, tenant, TimeProvider.System);

            var result = await new DepartedAccountsAreDisabledAndOutOfProjectGroup().RunAsync(context);
            await TestContext.Out.WriteLineAsync(result.Message);

            Assert.That(result.Outcome, Is.EqualTo(Outcome.NotVerified), result.Message);
            Assert.That(result.Message, Does.Not.Contain(Secret));
            Assert.That(result.Evidence.SelectMany(e => new[] { e.Vantage, e.Target, e.Probe, e.Expected, e.Observed, e.RawExcerpt }),
                Has.None.Contains(Secret));
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, null);
        }
    }

    [Test]
    public async Task Missing_secret_is_not_verified_naming_the_variable()
    {
        var expected = LabTenant.Expected with
        {
            RecordedTenant = null,
            Credential = new GraphCredentialExpectation { Kind = "secret", Env = "COMPLIANCE_TEST_GRAPH_UNSET" },
        };
        var tenant = new LabTenant(expected, EnvironmentKind.Production);

        var result = await new DepartedAccountsAreDisabledAndOutOfProjectGroup().RunAsync(new CheckContext(tenant.Inventory, tenant, TimeProvider.System));

        Assert.That(result.Outcome, Is.EqualTo(Outcome.NotVerified));
        Assert.That(result.Message, Does.Contain("COMPLIANCE_TEST_GRAPH_UNSET"));
    }
}
