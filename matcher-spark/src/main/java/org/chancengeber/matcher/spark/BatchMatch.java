/*
 * Copyright 2026 The Chancengeber authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.chancengeber.matcher.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.chancengeber.matcher.io.CandidateFormat;
import org.chancengeber.matcher.io.ReadCounts;
import org.chancengeber.matcher.io.RejectsWriter;
import org.chancengeber.matcher.taxonomy.Taxonomy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code matcher match} as a Spark batch job: the driver reads and validates people and offers
 * (rejects as the command line gives them), broadcasts the accepted offers once, each executor
 * builds one offer index from them, and the people are ranked partition by partition with the same
 * {@link org.chancengeber.matcher.MatchEngine}. The output folder holds the command line's match
 * lines in input order ({@code matches.jsonl/part-*}, concatenated in name order), the same matches
 * as Parquet, and the rejected lines as JSON Lines and Parquet.
 *
 * <pre>
 * spark-submit --class org.chancengeber.matcher.spark.BatchMatch matcher-spark/target/matcher-spark.jar \
 *     --candidates people.jsonl --vacancies offers.jsonl --top 10 --out DIR
 * </pre>
 */
@Command(
    name = "matcher-spark",
    mixinStandardHelpOptions = true,
    description = {
      "Ranks offers for each person on Apache Spark, with the lines `matcher match` writes.",
      "Exit codes: 0 all lines processed; 1 some input lines rejected (the rest processed);"
          + " 2 usage error; 3 nothing could be processed."
    })
public final class BatchMatch implements Callable<Integer> {
  public static final int OK = 0;
  public static final int SOME_REJECTED = 1;
  public static final int USAGE = 2;
  public static final int NOTHING_PROCESSED = 3;

  /** The parts of the output folder. */
  public static final String MATCHES_JSONL = "matches.jsonl";

  public static final String MATCHES_PARQUET = "matches.parquet";
  public static final String REJECTS_JSONL = "rejects.jsonl";
  public static final String REJECTS_PARQUET = "rejects.parquet";
  private static final String STAGING = "_staging";

  @Mixin JobOptions options;

  private PrintWriter err;

  /** What a run did, for the summary, tests and measurements. */
  public record Result(
      int exitCode,
      ReadCounts people,
      ReadCounts offers,
      long expired,
      long withMatches,
      long indexBuilds,
      double secondsPerBuild,
      long payloadBytes,
      int partitions,
      double driverReadSeconds,
      double jobSeconds) {}

  public static void main(String[] args) {
    java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization")
        .setLevel(java.util.logging.Level.SEVERE);
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    CommandLine cl = new CommandLine(new BatchMatch(err));
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof JobException je) {
            err.println("matcher-spark: " + je.getMessage());
            return je.exitCode();
          }
          throw e;
        });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  public BatchMatch() {
    this(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
  }

  private BatchMatch(PrintWriter err) {
    this.err = err;
  }

  @Override
  public Integer call() {
    options.validated();
    long started = System.nanoTime();
    SparkConf conf = new SparkConf().setAppName("chancengeber-batch-match");
    options.master().ifPresent(conf::setMaster);
    if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]"); // run directly, not through spark-submit
    }
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.ui.enabled", "false");
    }
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    try {
      double startup = (System.nanoTime() - started) / 1e9;
      err.println(String.format(Locale.ROOT, "spark: started in %.1f s", startup));
      return run(spark, options, err).exitCode();
    } finally {
      spark.stop();
    }
  }

  /** Runs the job on {@code spark}; prints the summary to {@code err}. */
  public static Result run(SparkSession spark, JobOptions options, PrintWriter err) {
    options.validated();
    long started = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Path out = new Path(options.out());
    FileSystem fs = fileSystem(spark, out);
    try {
      if (fs.exists(out)) {
        throw new JobException(USAGE, "--out: " + out + " exists; give a new folder");
      }
      fs.mkdirs(out);
    } catch (IOException e) {
      throw new JobException(NOTHING_PROCESSED, "--out: " + out + ": " + e);
    }

    try {
      return runInto(spark, options, err, jsc, fs, out, started);
    } catch (RuntimeException | Error e) {
      // no half-written output folder after a failure, as the command line's --out
      try {
        fs.delete(out, true);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  private static Result runInto(
      SparkSession spark,
      JobOptions options,
      PrintWriter err,
      JavaSparkContext jsc,
      FileSystem fs,
      Path out,
      long started) {
    // 1. on the driver: read and validate both inputs, pack the offers, stage the people
    Taxonomy taxonomy = OfferIndex.taxonomy(options.esco());
    OfferIndex.Packer packer = new OfferIndex.Packer();
    Path staged = new Path(new Path(out, STAGING), "people.txt");
    ReadCounts offers;
    ReadCounts people;
    try (Writer rejectsOut = writer(fs, new Path(out, REJECTS_JSONL));
        RejectsWriter rejects = new RejectsWriter(rejectsOut);
        Writer stage = writer(fs, staged)) {
      DriverInputs inputs =
          new DriverInputs(spark, OfferIndex.readOptions(taxonomy, options), rejects, err);
      offers = inputs.vacancies(options.vacanciesFile(), packer::add);
      long[] index = {0};
      people =
          inputs.candidates(
              options.candidatesFile(),
              r -> {
                try {
                  stage.write(Long.toString(index[0]++));
                  stage.write('\t');
                  stage.write(CandidateFormat.toJson(r));
                  stage.write('\n');
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    OfferIndex.Payload payload = packer.finish();
    double driverRead = (System.nanoTime() - started) / 1e9;

    // 2. on the executors: one offer index each, people ranked partition by partition
    int partitions = options.partitionCount().orElse(Math.max(1, 4 * jsc.defaultParallelism()));
    JobStats stats = new JobStats(spark.sparkContext());
    Broadcast<OfferIndex.Payload> broadcast = jsc.broadcast(payload);
    JavaRDD<String> lines = jsc.textFile(staged.toString(), partitions);
    JavaRDD<Row> ranked = lines.mapPartitions(new RankPartition(broadcast, options, stats));
    Dataset<Row> matches =
        spark.createDataFrame(ranked, RankPartition.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      matches.write().parquet(new Path(out, MATCHES_PARQUET).toString());
      // no shuffle: part files keep the partitions' order, which is the people's input order
      matches.select("json").write().text(new Path(out, MATCHES_JSONL).toString());
    } finally {
      matches.unpersist();
      broadcast.destroy();
    }
    spark
        .read()
        .schema("line LONG, id STRING, errors ARRAY<STRING>")
        .json(new Path(out, REJECTS_JSONL).toString())
        .coalesce(1)
        .write()
        .parquet(new Path(out, REJECTS_PARQUET).toString());
    try {
      fs.delete(new Path(out, STAGING), true);
    } catch (IOException e) {
      err.println("matcher-spark: could not remove " + staged + ": " + e);
    }

    // 3. account for every line, as the command line does
    long expired = stats.expiredPerBuild();
    double seconds = (System.nanoTime() - started) / 1e9;
    err.println(
        String.format(
            Locale.ROOT,
            "people: %d read, %d matched, %d rejected; offers: %d read, %d indexed, %d expired,"
                + " %d rejected; %d lists with matches; %.1f s",
            people.read(),
            stats.ranked(),
            people.rejected(),
            offers.read(),
            offers.accepted() - expired,
            expired,
            offers.rejected(),
            stats.withMatches(),
            seconds));
    err.println(
        String.format(
            Locale.ROOT,
            "spark: inputs read on the driver in %.1f s; %d offers broadcast (%.1f MB gzipped);"
                + " offer index built %d times, %.1f s each; %d partitions",
            driverRead,
            payload.offers(),
            payload.bytes() / 1e6,
            stats.builds(),
            stats.secondsPerBuild(),
            partitions));
    err.flush();
    int code;
    if (people.accepted() == 0 || offers.accepted() - expired == 0) {
      err.println(
          "matcher-spark: nothing to match: "
              + (people.accepted() == 0 ? "no valid people" : "no valid, open offers"));
      code = NOTHING_PROCESSED;
    } else {
      code = people.rejected() + offers.rejected() > 0 ? SOME_REJECTED : OK;
    }
    return new Result(
        code,
        people,
        offers,
        expired,
        stats.withMatches(),
        stats.builds(),
        stats.secondsPerBuild(),
        payload.bytes(),
        partitions,
        driverRead,
        seconds);
  }

  private static FileSystem fileSystem(SparkSession spark, Path path) {
    try {
      return path.getFileSystem(spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw new JobException(NOTHING_PROCESSED, path + ": " + e);
    }
  }

  private static Writer writer(FileSystem fs, Path file) throws IOException {
    return new BufferedWriter(
        new OutputStreamWriter(fs.create(file, false), StandardCharsets.UTF_8), 1 << 16);
  }
}
