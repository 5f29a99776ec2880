namespace Compliance.Core;

/// <summary>Finds the suite's repository: the nearest folder holding <see cref="Marker"/> at or above a starting folder.</summary>
public static class RepositoryRoot
{
    /// <summary>The file that marks the repository's root.</summary>
    public const string Marker = "Compliance.sln";

    /// <summary>The repository holding the running program (else the working directory), or null outside any.</summary>
    public static string? Find() => Above(AppContext.BaseDirectory) ?? Above(Environment.CurrentDirectory);

    /// <summary>The repository at or above <paramref name="start"/>; throws when there is none.</summary>
    public static string Require(string start) =>
        Above(start) ?? throw new DirectoryNotFoundException($"{Marker} not found at or above {start}");

    /// <summary>The repository at or above <paramref name="start"/>, or null.</summary>
    public static string? Above(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, Marker)))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
