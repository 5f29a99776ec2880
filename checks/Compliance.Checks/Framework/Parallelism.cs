// Checks spend their time waiting on probes in other namespaces or hosts, not on this machine's CPU: every family fixture
// runs beside the others and its checks beside each other, up to this many at once (the exhaustive port scans limit
// themselves further, see Compliance.Controls.Network.Support.Scans).
[assembly: LevelOfParallelism(12)]
