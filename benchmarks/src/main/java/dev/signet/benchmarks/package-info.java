/** JMH suites on the signing hot path; run {@code java -jar benchmarks/target/benchmarks.jar}. */
package dev.signet.benchmarks;
