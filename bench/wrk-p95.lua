-- Prints the latency percentiles wrk's --latency leaves out (p95) with the throughput, on one line.
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  io.write(string.format("p50=%.2fms p95=%.2fms p99=%.2fms max=%.2fms requests/s=%.1f requests=%d errors=%d\n",
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, summary.requests / (summary.duration / 1e6), summary.requests, errors))
end
