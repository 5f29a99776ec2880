using Compliance.Controls.Graph;
using Compliance.Graph;
using Microsoft.Graph.Models;

namespace Compliance.Controls.Endpoint;

/// <summary>Every Windows Hello for Business enrollment configuration must be enabled with biometrics, TPM and PIN length as the inventory demands.</summary>
public static class HelloConfigurationReview
{
    /// <summary>One sentence per configuration that falls short (or one when there is none).</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(GraphRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        const string request = "GET /deviceManagement/deviceEnrollmentConfigurations";
        var configurations = await run.Reader.ListAsync<DeviceEnrollmentConfiguration, DeviceEnrollmentConfigurationCollectionResponse>(request, GraphPermissions.ServiceConfigReadAll,
            (g, ct) => g.DeviceManagement.DeviceEnrollmentConfigurations.GetAsync(cancellationToken: ct), cancellationToken).ConfigureAwait(false);
        var hello = configurations.OfType<DeviceEnrollmentWindowsHelloForBusinessConfiguration>().ToList();
        var wanted = run.Expected.Hello;
        run.Record(request,
            $"every Windows Hello for Business configuration enabled, biometrics {wanted.RequireBiometrics}, TPM {wanted.RequireSecurityDevice}, PIN >= {wanted.MinimumPinLength}",
            string.Join("; ", hello.Select(h => $"{h.DisplayName}: state {h.State}, biometrics {h.UnlockWithBiometricsEnabled}, enhanced anti-spoofing {h.EnhancedBiometricsState}, TPM {h.SecurityDeviceRequired}, PIN min {h.PinMinimumLength}")));
        if (hello.Count == 0)
        {
            return ["the tenant has no Windows Hello for Business enrollment configuration"];
        }

        var problems = new List<string>();
        foreach (var h in hello)
        {
            if (h.State != Enablement.Enabled)
            {
                problems.Add($"Windows Hello for Business configuration '{h.DisplayName}' is {h.State}");
            }

            if (wanted.RequireBiometrics && h.UnlockWithBiometricsEnabled != true)
            {
                problems.Add($"'{h.DisplayName}' does not enable biometric unlock");
            }

            if (wanted.RequireSecurityDevice && h.SecurityDeviceRequired != true)
            {
                problems.Add($"'{h.DisplayName}' does not require a TPM");
            }

            if ((h.PinMinimumLength ?? 0) < wanted.MinimumPinLength)
            {
                problems.Add($"'{h.DisplayName}' allows PINs shorter than {wanted.MinimumPinLength}");
            }
        }

        return problems;
    }
}
