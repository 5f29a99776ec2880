namespace Compliance.Core.Inventory;

/// <summary>
/// A record bound from YAML whose values must also make sense together (a block that is a network, a count its blocks can
/// hold): after binding, the loader asks it for its problems and refuses the file at the first one, naming the field.
/// </summary>
public interface IValidatedRecord
{
    /// <summary>The problems of the bound values, each naming its field relative to the record (<c>blocks[1]</c>, <c>addresses</c>).</summary>
    IEnumerable<FieldProblem> Problems();
}
