using System.Diagnostics;
using Compliance.Probes.Network;

namespace Compliance.Probes.Tests.Network;

/// <summary>The probe scripts as the vantages receive them: one self-contained program each, with its required library first.</summary>
public sealed class ProbeScriptsTests
{
    private static IEnumerable<string> PythonScripts() =>
        typeof(ProbeScripts).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Compliance.Probes.Network.Scripts.", StringComparison.Ordinal) && n.EndsWith(".py", StringComparison.Ordinal))
            .Select(n => n["Compliance.Probes.Network.Scripts.".Length..]);

    [TestCase("tcpscan.py")]
    [TestCase("udpscan.py")]
    public void A_scanner_carries_the_port_library_ahead_of_its_own_code(string script)
    {
        var text = ProbeScripts.Text(script);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(text.IndexOf("def ranges(", StringComparison.Ordinal), Is.GreaterThanOrEqualTo(0));
            Assert.That(text.IndexOf("def ranges(", StringComparison.Ordinal), Is.LessThan(text.IndexOf("dropped_before = interface_drops()", StringComparison.Ordinal)));
        }
    }

    [TestCaseSource(nameof(PythonScripts))]
    public async Task Every_python_script_is_a_complete_program(string script)
    {
        // Compiles the text as sent and lists every name it loads that nothing defines, imports or provides as a builtin.
        const string Lint = """
            import ast, builtins, sys
            tree = ast.parse(sys.stdin.read())
            defined = set(dir(builtins))
            for node in ast.walk(tree):
                if isinstance(node, (ast.FunctionDef, ast.ClassDef)): defined.add(node.name)
                elif isinstance(node, (ast.Import, ast.ImportFrom)): defined.update((a.asname or a.name).split('.')[0] for a in node.names)
                elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store): defined.add(node.id)
                elif isinstance(node, ast.arg): defined.add(node.arg)
                elif isinstance(node, ast.ExceptHandler) and node.name: defined.add(node.name)
            print(' '.join(sorted({n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)} - defined)))
            """;
        var info = new ProcessStartInfo(ProbeScripts.Python) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(Lint);
        using var process = Process.Start(info)!;
        await process.StandardInput.WriteAsync(ProbeScripts.Text(script));
        process.StandardInput.Close();
        var undefined = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(process.ExitCode, Is.Zero, errors);
            Assert.That(undefined.Trim(), Is.Empty, "names used but never defined");
        }
    }
}
