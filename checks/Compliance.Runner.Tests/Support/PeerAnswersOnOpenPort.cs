namespace Compliance.Runner.Tests.Support;

/// <summary>The peer's listening port 8080 answers (NET-01 of the test catalog).</summary>
internal sealed class PeerAnswersOnOpenPort() : TcpAnswerCheck("NET-01", 8080);
