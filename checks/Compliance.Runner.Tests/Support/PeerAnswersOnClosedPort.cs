namespace Compliance.Runner.Tests.Support;

/// <summary>The peer's closed port 8081 does not answer, so this check fails (NET-02 of the test catalog).</summary>
internal sealed class PeerAnswersOnClosedPort() : TcpAnswerCheck("NET-02", 8081);
