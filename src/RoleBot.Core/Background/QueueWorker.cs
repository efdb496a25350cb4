using Microsoft.Extensions.Hosting;

namespace RoleBot.Core.Background;

/// <summary>
/// Answers queued work with several readers. Work in flight finishes even while stopping (its outbound calls are
/// bounded by timeouts and retries); whatever is still queued at shutdown goes to <see cref="OnDropped"/>, so an
/// accepted item never disappears without a trace.
/// </summary>
public abstract class QueueWorker<T>(BoundedWorkQueue<T> queue, int readers) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.WhenAll(Enumerable.Range(0, readers).Select(_ => Task.Run(() => ReadAsync(stoppingToken), CancellationToken.None)));
        while (queue.Reader.TryRead(out var left))
        {
            OnDropped(left);
        }
    }

    /// <summary>Does one item, logging and counting its own outcome; an exception it lets out is passed to <see cref="OnFailed"/>.</summary>
    protected abstract Task RunAsync(T work);

    protected abstract void OnFailed(T work, Exception exception);

    protected abstract void OnDropped(T work);

    private async Task ReadAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var work in queue.Reader.ReadAllAsync(stoppingToken))
            {
                // ReadAllAsync keeps yielding queued items after cancellation; stop promptly so the rest are
                // reported as dropped rather than cut off without a trace when the host's shutdown timeout ends.
                if (stoppingToken.IsCancellationRequested)
                {
                    OnDropped(work);
                    break;
                }

                try
                {
                    await RunAsync(work);
                }
                catch (Exception exception)
                {
                    OnFailed(work, exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; what is still queued is handed to OnDropped by ExecuteAsync.
        }
    }
}
