using Microsoft.Extensions.Logging;
using RoleBot.Core.Diagnostics;

namespace RoleBot.Core.Knowledge;

/// <summary>
/// Serves a knowledge folder and reloads it when its files change. New files are validated before they
/// serve: a broken edit is logged with every error (file and field) and the previous knowledge base goes
/// on answering. The swap is one reference write, so a question sees either the old or the new snapshot.
/// </summary>
public sealed partial class ReloadingKnowledgeProvider : IKnowledgeProvider, IDisposable
{
    private readonly string folder;
    private readonly TimeSpan delay;
    private readonly KnowledgeLimits limits;
    private readonly RoleBotMetrics metrics;
    private readonly ILogger logger;
    private readonly TimeProvider time;
    private readonly FileSystemWatcher watcher;
    private readonly ITimer timer;
    private readonly Lock reloading = new();
    private KnowledgeSnapshot current;
    private KnowledgeStatus status;

    /// <summary>Loads <paramref name="folder"/> now (throwing <see cref="KnowledgeLoadException"/> if it is broken) and starts watching it.</summary>
    public ReloadingKnowledgeProvider(string folder, KnowledgeReloadOptions options, RoleBotMetrics metrics, ILogger<ReloadingKnowledgeProvider> logger, TimeProvider time,
        KnowledgeLimits? limits = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(options);
        this.folder = Path.GetFullPath(folder);
        delay = options.ReloadDelay;
        this.metrics = metrics;
        this.logger = logger;
        this.time = time;
        this.limits = limits ?? new KnowledgeLimits();
        current = new KnowledgeSnapshot(KnowledgeLoader.Load(this.folder, this.limits));
        status = new KnowledgeStatus(this.folder, time.GetUtcNow(), 0, null, []);
        timer = time.CreateTimer(_ => Reload(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        watcher = new FileSystemWatcher(this.folder)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        watcher.Changed += OnChanged;
        watcher.Created += OnChanged;
        watcher.Deleted += OnChanged;
        watcher.Renamed += OnChanged;
        watcher.Error += OnError;
        watcher.EnableRaisingEvents = true;
    }

    public KnowledgeSnapshot Current => Volatile.Read(ref current);

    public KnowledgeStatus Status => Volatile.Read(ref status);

    /// <summary>Loads the folder now; the watcher calls this after <see cref="KnowledgeReloadOptions.ReloadDelay"/> of quiet.</summary>
    public void Reload()
    {
        lock (reloading)
        {
            try
            {
                var knowledge = KnowledgeLoader.Load(KnowledgeSource.ReadFolder(folder, limits), folder, limits);
                Volatile.Write(ref current, new KnowledgeSnapshot(knowledge));
                Volatile.Write(ref status, new KnowledgeStatus(folder, time.GetUtcNow(), status.Reloads + 1, null, []));
                metrics.KnowledgeReloaded(loaded: true);
                LogReloaded(logger, folder, knowledge.Responsibilities.Count, knowledge.Statistics.Count, knowledge.Playbooks.Count);
            }
            catch (KnowledgeLoadException e)
            {
                Reject(e.Errors.Count > 0 ? e.Errors : [new KnowledgeError(folder, "(folder)", e.Message)]);
            }
            catch (IOException e)
            {
                Reject([new KnowledgeError(folder, "(files)", "could not be read: " + e.Message)]);
            }
            catch (UnauthorizedAccessException e)
            {
                Reject([new KnowledgeError(folder, "(files)", "could not be read: " + e.Message)]);
            }
        }
    }

    public void Dispose()
    {
        watcher.Dispose();
        timer.Dispose();
    }

    /// <summary>
    /// Logs the first errors before /readyz shows the rejection, so whoever sees it there finds the log lines written.
    /// Only the first <see cref="KnowledgeLimits.MaxReportedErrors"/> are logged and kept: a generated file can hold
    /// hundreds of thousands, and keeping them would hold on to their memory until the next good reload.
    /// </summary>
    private void Reject(IReadOnlyList<KnowledgeError> errors)
    {
        LogRejected(logger, folder, errors.Count, status.LoadedAt);
        var kept = errors.Take(KnowledgeLimits.MaxReportedErrors).ToArray();
        foreach (var error in kept)
        {
            LogKnowledgeError(logger, error.File, error.Field, error.Message);
        }

        var more = errors.Count - kept.Length;
        if (more > 0)
        {
            LogMoreErrors(logger, more);
        }

        metrics.KnowledgeReloaded(loaded: false);
        Volatile.Write(ref status, status with { RejectedAt = time.GetUtcNow(), Errors = kept, MoreErrors = more });
    }

    private void OnChanged(object sender, FileSystemEventArgs e)
    {
        if (IsKnowledgeFile(e.FullPath) || (e is RenamedEventArgs renamed && IsKnowledgeFile(renamed.OldFullPath)))
        {
            timer.Change(delay, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnError(object sender, ErrorEventArgs e)
    {
        LogWatchFailed(logger, folder, e.GetException());
        timer.Change(delay, Timeout.InfiniteTimeSpan);
    }

    private static bool IsKnowledgeFile(string path) =>
        path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "Knowledge base reloaded from {Folder}: {Responsibilities} responsibilities, {Statistics} figures, {Playbooks} playbooks")]
    private static partial void LogReloaded(ILogger logger, string folder, int responsibilities, int statistics, int playbooks);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Error, Message = "Knowledge files in {Folder} changed but are invalid ({Count} error(s)); still serving the knowledge base loaded at {LoadedAt:o}")]
    private static partial void LogRejected(ILogger logger, string folder, int count, DateTimeOffset loadedAt);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Error, Message = "Knowledge error: {File}: {Field}: {Problem}")]
    private static partial void LogKnowledgeError(ILogger logger, string file, string field, string problem);

    [LoggerMessage(EventId = 4205, Level = LogLevel.Error, Message = "… and {Count} more knowledge errors, not logged")]
    private static partial void LogMoreErrors(ILogger logger, int count);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Warning, Message = "Watching {Folder} for knowledge changes failed; reloading once and watching on")]
    private static partial void LogWatchFailed(ILogger logger, string folder, Exception exception);
}
