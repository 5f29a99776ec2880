using Compliance.Core.Inputs;

namespace Compliance.Core.Tests.Support;

/// <summary>Writes an input file into a fresh folder and returns the message its loader refuses it with, the path shortened to the file name.</summary>
internal static class InputRefusal
{
    public static string Message(string fileName, string text, Action<string, TempFolder> load)
    {
        using var folder = new TempFolder();
        var path = folder.Write(fileName, text);
        var ex = Assert.Throws<InputException>(() => load(path, folder));
        return ex!.Message.Replace(path, fileName, StringComparison.Ordinal);
    }
}
