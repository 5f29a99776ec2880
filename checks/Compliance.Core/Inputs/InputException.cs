namespace Compliance.Core.Inputs;

/// <summary>
/// Bad input (catalog, inventory, waivers, attestations, command line): names the file, line, column and field.
/// The runner turns it into exit code 3 and writes no report.
/// </summary>
public sealed class InputException : Exception
{
    /// <summary>Creates the exception for a position in a file.</summary>
    public InputException(string file, int line, int column, string field, string problem)
        : base($"{file}:{line}:{column}: {field}: {problem}")
    {
        File = file;
        Line = line;
        Column = column;
        Field = field;
        Problem = problem;
    }

    /// <summary>Creates the exception for a whole file (line and column unknown).</summary>
    public InputException(string file, string problem)
        : base($"{file}: {problem}")
    {
        File = file;
        Field = string.Empty;
        Problem = problem;
    }

    /// <summary>Creates the exception with a plain message.</summary>
    public InputException() : this(string.Empty, "bad input") { }

    /// <summary>Creates the exception with a plain message.</summary>
    public InputException(string message) : this(string.Empty, message) { }

    /// <summary>Creates the exception with a plain message and cause.</summary>
    public InputException(string message, Exception innerException) : base(message, innerException)
    {
        File = string.Empty;
        Field = string.Empty;
        Problem = message;
    }

    /// <summary>The file that holds the bad input.</summary>
    public string File { get; }

    /// <summary>1-based line, 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>1-based column, 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>The field (YAML key path) at fault.</summary>
    public string Field { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }
}
