/**
 * Reading and writing contributions: {@link io.github.wsis20.io.ContributionReader} turns any bytes, JSON or YAML, into
 * a valid contribution or a located report and never throws; {@link io.github.wsis20.io.ContributionWriter} writes the
 * canonical JSON or YAML of wire format 1.0; {@link io.github.wsis20.io.NdjsonReader} and
 * {@link io.github.wsis20.io.NdjsonWriter} do the same for one contribution per line,
 * {@link io.github.wsis20.io.CsvReader} and {@link io.github.wsis20.io.CsvWriter} for one contribution per CSV record;
 * {@link io.github.wsis20.io.ReadLimits} bounds what a reader accepts; {@link io.github.wsis20.io.WsisModule} binds the
 * model for an application's own Jackson {@code ObjectMapper}.
 */
package io.github.wsis20.io;
