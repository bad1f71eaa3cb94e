package org.kneadwell.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The PostgreSQL server the harness uses: its own databases (never {@code test}), and pgbench. */
final class Db {

    final String host;
    final int port;
    final String user;
    final String password;

    Db(String host, int port, String user, String password) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    String url(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), user, password);
    }

    /** Drops {@code database} (ending its sessions) and creates it again, copied from {@code template} if given. */
    void recreate(String database, String template) throws SQLException {
        requireOwn(database);
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            drop(s, database);
            if (template != null) {
                s.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + template + "'");
            }
            s.execute("create database " + database + (template == null ? "" : " template " + template));
        }
    }

    void drop(String database) throws SQLException {
        requireOwn(database);
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            drop(s, database);
        }
    }

    private static void drop(Statement s, String database) throws SQLException {
        s.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
        s.execute("drop database if exists " + database);
    }

    /** The harness only ever drops databases whose names start with "bench". */
    private static void requireOwn(String database) {
        if (!database.matches("bench[a-z0-9_]*")) {
            throw new IllegalArgumentException("not a bench database: " + database);
        }
    }

    /**
     * The machine's commit rate: pgbench with one client for {@code seconds}, each transaction a one-row
     * insert (its own commit, synchronous_commit as the server has it). Transactions per second.
     */
    double commitRate(String database, int seconds, Path workDir) throws SQLException, IOException, InterruptedException {
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_commit_rate");
            s.execute("create table bench_commit_rate (id bigserial primary key, at timestamptz not null default now(), "
                    + "note varchar(40))");
        }
        Path script = workDir.resolve("commit-rate.sql");
        Files.writeString(script, "insert into bench_commit_rate (note) values ('one row, one commit');\n");
        List<String> command = new ArrayList<>(List.of(pgbench(), "-n", "-c", "1", "-T", String.valueOf(seconds),
                "-f", script.toString(), "-h", host, "-p", String.valueOf(port), "-U", user, database));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (password != null && !password.isEmpty()) {
            builder.environment().put("PGPASSWORD", password);
        }
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(seconds + 60L, TimeUnit.SECONDS);
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_commit_rate");
        }
        Matcher m = Pattern.compile("tps = ([0-9.]+)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("pgbench gave no tps:\n" + out);
        }
        return Double.parseDouble(m.group(1));
    }

    private static String pgbench() throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "pgbench"))) {
                return Path.of(dir, "pgbench").toString();
            }
        }
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin/pgbench")).filter(Files::isExecutable).sorted()
                    .reduce((a, b) -> b).map(Path::toString)
                    .orElseThrow(() -> new IllegalStateException("pgbench not found: apt-get install postgresql-contrib"));
        }
    }
}
