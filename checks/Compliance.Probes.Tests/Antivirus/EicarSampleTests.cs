using System.Security.Cryptography;
using System.Text;
using Compliance.Probes.Antivirus;

namespace Compliance.Probes.Tests.Antivirus;

public class EicarSampleTests
{
    [Test]
    public void The_assembled_test_file_is_the_published_EICAR_string()
    {
        var bytes = Encoding.ASCII.GetBytes(EicarSample.Content());

        Assert.That(bytes, Has.Length.EqualTo(68));
        Assert.That(Convert.ToHexStringLower(SHA256.HashData(bytes)), Is.EqualTo("275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f"));
    }
}
