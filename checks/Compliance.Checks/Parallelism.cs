// Checks spend their time waiting on probes in other namespaces or hosts, not on this machine's CPU: they run beside each other,
// up to this many at once, as in a runner run (the run's sweep gate limits the exhaustive sweeps further).
[assembly: LevelOfParallelism(12)]
