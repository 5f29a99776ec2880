// Checks spend their time waiting on probes in other namespaces or hosts, not on this machine's CPU: fixtures marked
// Parallelizable run up to this many checks at once (the exhaustive scans limit themselves to two at a time).
[assembly: LevelOfParallelism(8)]
