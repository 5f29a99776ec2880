namespace Compliance.Core.Inventory;

/// <summary>
/// Where an input keeps a secret value: a file (a path, relative to the environment folder or absolute) or an
/// environment variable. The inventory holds only references; <see cref="Read"/> yields the value itself.
/// </summary>
public sealed record SecretReference
{
    private SecretReference(string? file, string? variable)
    {
        File = file;
        Variable = variable;
    }

    /// <summary>The file holding the secret, or null.</summary>
    public string? File { get; }

    /// <summary>The environment variable holding the secret, or null.</summary>
    public string? Variable { get; }

    /// <summary>A secret kept in a file.</summary>
    public static SecretReference InFile(string path) => new(path, null);

    /// <summary>A secret kept in an environment variable.</summary>
    public static SecretReference InVariable(string name) => new(null, name);

    /// <summary>The value without surrounding white space, or null when the file or variable is missing, unreadable or empty.</summary>
    public string? Read(string environmentDirectory)
    {
        var value = Variable is not null ? Environment.GetEnvironmentVariable(Variable) : ReadFile(environmentDirectory);
        return value?.Trim() is { Length: > 0 } trimmed ? trimmed : null;
    }

    private string? ReadFile(string environmentDirectory)
    {
        var path = Path.IsPathRooted(File!) ? File! : Path.Combine(environmentDirectory, File!);
        try
        {
            return System.IO.File.Exists(path) ? System.IO.File.ReadAllText(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
