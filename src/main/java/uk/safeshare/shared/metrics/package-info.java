/** Operational metrics for Prometheus: gauges read from the shared database so every instance agrees. */
package uk.safeshare.shared.metrics;
