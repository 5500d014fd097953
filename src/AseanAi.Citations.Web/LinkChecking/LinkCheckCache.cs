using System.Globalization;
using Microsoft.Data.Sqlite;

namespace AseanAi.Citations.Web.LinkChecking;

/// <summary>
/// A persistent store of link-check results and of each URL's failure history, in one SQLite file. Working links
/// (<c>ok</c>, <c>redirected</c>) are reused until their time to live runs out; every other verdict is checked again
/// on the next run. The history counts how many checks in a row found a URL dead, so that a pipeline can fail only on
/// links that stayed broken for several runs.
/// </summary>
/// <remarks>
/// The file uses SQLite's write-ahead log and writes each result in a transaction, so a crash mid-run leaves the
/// results written before it, never a damaged file. Several processes may share a file. An instance is thread-safe;
/// dispose it to close the file.
/// </remarks>
public sealed class LinkCheckCache : IDisposable
{
    /// <summary>How long a working link is trusted by default: one day.</summary>
    public static readonly TimeSpan DefaultTimeToLive = TimeSpan.FromDays(1);

    private const int SchemaVersion = 1;
    private const int MaxStoredAnchors = 5000;

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private bool _disposed;

    private LinkCheckCache(string path, SqliteConnection connection, TimeSpan timeToLive, TimeProvider time)
    {
        Path = path;
        _connection = connection;
        TimeToLive = timeToLive;
        _time = time;
    }

    /// <summary>The file the cache lives in.</summary>
    public string Path { get; }

    /// <summary>How long a working link's result is reused.</summary>
    public TimeSpan TimeToLive { get; }

    /// <summary>Opens the cache in <paramref name="path"/>, creating the file (but not its folder) when it does not exist.</summary>
    /// <param name="path">The SQLite file.</param>
    /// <param name="timeToLive">How long working links are reused; zero re-checks everything. Default one day.</param>
    /// <returns>The open cache.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, or <paramref name="timeToLive"/> is negative.</exception>
    /// <exception cref="InvalidDataException">The file exists but is not a link cache (another SQLite file, or not SQLite at all).</exception>
    /// <exception cref="IOException">The file cannot be created or opened.</exception>
    public static LinkCheckCache Open(string path, TimeSpan? timeToLive = null) => Open(path, timeToLive, TimeProvider.System);

    internal static LinkCheckCache Open(string path, TimeSpan? timeToLive, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var ttl = timeToLive ?? DefaultTimeToLive;
        if (ttl < TimeSpan.Zero)
        {
            throw new ArgumentException("The cache time to live must not be negative.", nameof(timeToLive));
        }

        var fullPath = System.IO.Path.GetFullPath(path);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 10,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;");
            using (var transaction = connection.BeginTransaction())
            {
                Execute(connection, """
                    CREATE TABLE IF NOT EXISTS cache_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                    CREATE TABLE IF NOT EXISTS link_results (
                        url TEXT PRIMARY KEY,
                        verdict TEXT NOT NULL,
                        http_status INTEGER,
                        final_url TEXT,
                        detail TEXT,
                        elapsed_ms INTEGER NOT NULL,
                        checked_at INTEGER NOT NULL,
                        media_type TEXT,
                        is_html INTEGER NOT NULL DEFAULT 0,
                        is_pdf INTEGER NOT NULL DEFAULT 0,
                        truncated INTEGER NOT NULL DEFAULT 0,
                        title TEXT,
                        heading TEXT,
                        og_title TEXT,
                        anchors TEXT,
                        first_seen_broken INTEGER,
                        consecutive_failures INTEGER NOT NULL DEFAULT 0);
                    INSERT OR IGNORE INTO cache_info (key, value) VALUES ('schema', '1');
                    """, transaction);
                var version = Scalar(connection, "SELECT value FROM cache_info WHERE key = 'schema'", transaction);
                if (!string.Equals(version, SchemaVersion.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
                {
                    throw new InvalidDataException($"The link cache '{fullPath}' has schema version {version}; this version of the checker reads version {SchemaVersion}. Delete the file to start afresh.");
                }

                transaction.Commit();
            }

            return new LinkCheckCache(fullPath, connection, ttl, time);
        }
        catch (SqliteException exception)
        {
            connection.Dispose();
            throw exception.SqliteErrorCode is 26 or 11
                ? new InvalidDataException($"'{fullPath}' is not a link cache (not a SQLite database, or a damaged one): {exception.Message}", exception)
                : new IOException($"The link cache '{fullPath}' cannot be opened: {exception.Message}", exception);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Reads the failure history of <paramref name="url"/> (normalised as the checker does).</summary>
    /// <param name="url">A URL; text that is not an http(s) URL has no history.</param>
    /// <returns>The history, or <see langword="null"/> when the URL was never checked with this cache.</returns>
    /// <exception cref="ObjectDisposedException">The cache was disposed.</exception>
    public LinkHistory? GetHistory(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!UrlNormalizer.TryNormalize(url, out _, out var key, out _, out _))
        {
            return null;
        }

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT first_seen_broken, consecutive_failures FROM link_results WHERE url = $url";
            command.Parameters.AddWithValue("$url", key);
            using var reader = command.ExecuteReader();
            return reader.Read() ? new LinkHistory(ReadTime(reader, 0), reader.GetInt32(1)) : null;
        }
    }

    /// <summary>Returns the stored outcome of <paramref name="key"/> when it is a working link checked within the time to live.</summary>
    internal FetchOutcome? TryGetFresh(string key)
    {
        if (TimeToLive == TimeSpan.Zero)
        {
            return null;
        }

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var command = _connection.CreateCommand();
            command.CommandText = """
                SELECT verdict, http_status, final_url, detail, elapsed_ms, media_type, is_html, is_pdf, truncated,
                       title, heading, og_title, anchors, first_seen_broken, consecutive_failures
                FROM link_results WHERE url = $url AND checked_at >= $since AND verdict IN ('ok', 'redirected')
                """;
            command.Parameters.AddWithValue("$url", key);
            command.Parameters.AddWithValue("$since", (_time.GetUtcNow() - TimeToLive).ToUnixTimeMilliseconds());
            using var reader = command.ExecuteReader();
            if (!reader.Read() || !LinkCheckNames.TryParseVerdict(reader.GetString(0), out var verdict))
            {
                return null;
            }

            var anchors = reader.IsDBNull(12) ? [] : reader.GetString(12).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            return new FetchOutcome
            {
                Verdict = verdict,
                HttpStatus = reader.IsDBNull(1) ? null : reader.GetInt32(1),
                FinalUrl = reader.IsDBNull(2) ? null : reader.GetString(2),
                Detail = reader.IsDBNull(3) ? null : reader.GetString(3),
                Elapsed = TimeSpan.FromMilliseconds(reader.GetInt64(4)),
                Page = new PageFacts
                {
                    MediaType = reader.IsDBNull(5) ? null : reader.GetString(5),
                    IsHtml = reader.GetBoolean(6),
                    IsPdf = reader.GetBoolean(7),
                    Truncated = reader.GetBoolean(8),
                    Title = reader.IsDBNull(9) ? null : reader.GetString(9),
                    Heading = reader.IsDBNull(10) ? null : reader.GetString(10),
                    OpenGraphTitle = reader.IsDBNull(11) ? null : reader.GetString(11),
                    Anchors = new HashSet<string>(anchors, StringComparer.Ordinal),
                },
                FromCache = true,
                History = new LinkHistory(ReadTime(reader, 13), reader.GetInt32(14)),
            };
        }
    }

    /// <summary>Stores a fresh outcome and updates the URL's history in one transaction; returns the new history.</summary>
    internal LinkHistory Record(string key, FetchOutcome outcome)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var transaction = _connection.BeginTransaction();
            DateTimeOffset? firstSeenBroken = null;
            var failures = 0;
            using (var read = _connection.CreateCommand())
            {
                read.Transaction = transaction;
                read.CommandText = "SELECT first_seen_broken, consecutive_failures FROM link_results WHERE url = $url";
                read.Parameters.AddWithValue("$url", key);
                using var reader = read.ExecuteReader();
                if (reader.Read())
                {
                    firstSeenBroken = ReadTime(reader, 0);
                    failures = reader.GetInt32(1);
                }
            }

            if (LinkCheckNames.IsDead(outcome.Verdict))
            {
                failures++;
                firstSeenBroken ??= now;
            }
            else if (outcome.Verdict is LinkVerdict.Ok or LinkVerdict.Redirected)
            {
                failures = 0;
                firstSeenBroken = null;
            }

            using (var write = _connection.CreateCommand())
            {
                write.Transaction = transaction;
                write.CommandText = """
                    INSERT INTO link_results (url, verdict, http_status, final_url, detail, elapsed_ms, checked_at, media_type,
                        is_html, is_pdf, truncated, title, heading, og_title, anchors, first_seen_broken, consecutive_failures)
                    VALUES ($url, $verdict, $status, $final, $detail, $elapsed, $checked, $media, $html, $pdf, $truncated,
                        $title, $heading, $og, $anchors, $first, $failures)
                    ON CONFLICT (url) DO UPDATE SET verdict = excluded.verdict, http_status = excluded.http_status,
                        final_url = excluded.final_url, detail = excluded.detail, elapsed_ms = excluded.elapsed_ms,
                        checked_at = excluded.checked_at, media_type = excluded.media_type, is_html = excluded.is_html,
                        is_pdf = excluded.is_pdf, truncated = excluded.truncated, title = excluded.title,
                        heading = excluded.heading, og_title = excluded.og_title, anchors = excluded.anchors,
                        first_seen_broken = excluded.first_seen_broken, consecutive_failures = excluded.consecutive_failures
                    """;
                var page = outcome.Page;
                var parameters = write.Parameters;
                parameters.AddWithValue("$url", key);
                parameters.AddWithValue("$verdict", LinkCheckNames.Of(outcome.Verdict));
                parameters.AddWithValue("$status", (object?)outcome.HttpStatus ?? DBNull.Value);
                parameters.AddWithValue("$final", (object?)outcome.FinalUrl ?? DBNull.Value);
                parameters.AddWithValue("$detail", (object?)outcome.Detail ?? DBNull.Value);
                parameters.AddWithValue("$elapsed", (long)outcome.Elapsed.TotalMilliseconds);
                parameters.AddWithValue("$checked", now.ToUnixTimeMilliseconds());
                parameters.AddWithValue("$media", (object?)page?.MediaType ?? DBNull.Value);
                parameters.AddWithValue("$html", page?.IsHtml == true);
                parameters.AddWithValue("$pdf", page?.IsPdf == true);
                parameters.AddWithValue("$truncated", page?.Truncated == true);
                parameters.AddWithValue("$title", (object?)page?.Title ?? DBNull.Value);
                parameters.AddWithValue("$heading", (object?)page?.Heading ?? DBNull.Value);
                parameters.AddWithValue("$og", (object?)page?.OpenGraphTitle ?? DBNull.Value);
                parameters.AddWithValue("$anchors", page is { Anchors.Count: > 0 }
                    ? string.Join('\n', page.Anchors.Where(a => !a.Contains('\n', StringComparison.Ordinal)).Take(MaxStoredAnchors))
                    : DBNull.Value);
                parameters.AddWithValue("$first", firstSeenBroken is { } first ? first.ToUnixTimeMilliseconds() : DBNull.Value);
                parameters.AddWithValue("$failures", failures);
                write.ExecuteNonQuery();
            }

            transaction.Commit();
            return new LinkHistory(firstSeenBroken, failures);
        }
    }

    /// <summary>Closes the file. Further calls throw <see cref="ObjectDisposedException"/>; disposing twice does nothing.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _connection.Dispose();
        }
    }

    private static DateTimeOffset? ReadTime(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string? Scalar(SqliteConnection connection, string sql, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar() as string;
    }
}
