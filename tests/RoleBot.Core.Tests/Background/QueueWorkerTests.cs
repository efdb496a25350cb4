using System.Collections.Concurrent;
using RoleBot.Core.Background;

namespace RoleBot.Core.Tests.Background;

public sealed class QueueWorkerTests
{
    [Fact]
    public async Task Every_item_is_run_and_a_failing_one_is_reported_without_stopping_the_others()
    {
        var queue = new BoundedWorkQueue<int>(10);
        using var worker = new RecordingWorker(queue, readers: 2, failOn: 3);
        await worker.StartAsync(CancellationToken.None);

        foreach (var item in new[] { 1, 2, 3, 4 })
        {
            Assert.True(queue.TryEnqueue(item));
        }

        await worker.WaitForAsync(count: 4);
        await worker.StopAsync(CancellationToken.None);

        Assert.Equal([1, 2, 4], worker.Ran.Order());
        Assert.Equal([3], worker.Failed);
        Assert.Empty(worker.Dropped);
    }

    [Fact]
    public async Task Work_still_queued_at_shutdown_is_reported_as_dropped()
    {
        var queue = new BoundedWorkQueue<int>(10);
        using var worker = new RecordingWorker(queue, readers: 1, failOn: -1, holdFirst: true);
        await worker.StartAsync(CancellationToken.None);
        queue.TryEnqueue(1);
        queue.TryEnqueue(2);
        queue.TryEnqueue(3);
        await worker.FirstStarted;

        var stopping = worker.StopAsync(CancellationToken.None);
        worker.ReleaseFirst();
        await stopping;

        Assert.Equal([1], worker.Ran);
        Assert.Equal([2, 3], worker.Dropped.Order());
    }

    [Fact]
    public void A_full_queue_refuses_more_work()
    {
        var queue = new BoundedWorkQueue<int>(2);

        Assert.True(queue.TryEnqueue(1));
        Assert.True(queue.TryEnqueue(2));
        Assert.False(queue.TryEnqueue(3));
        Assert.Equal(2, queue.Capacity);
    }

    private sealed class RecordingWorker(BoundedWorkQueue<int> queue, int readers, int failOn, bool holdFirst = false)
        : QueueWorker<int>(queue, readers)
    {
        private readonly TaskCompletionSource _firstStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _releaseFirst = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _seen;

        public ConcurrentQueue<int> Ran { get; } = new();

        public ConcurrentQueue<int> Failed { get; } = new();

        public ConcurrentQueue<int> Dropped { get; } = new();

        public Task FirstStarted => _firstStarted.Task;

        public void ReleaseFirst() => _releaseFirst.TrySetResult();

        public async Task WaitForAsync(int count)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            while (Volatile.Read(ref _seen) < count)
            {
                await Task.Delay(10, timeout.Token);
            }
        }

        protected override async Task RunAsync(int work)
        {
            if (holdFirst && Interlocked.Increment(ref _seen) == 1)
            {
                _firstStarted.TrySetResult();
                await _releaseFirst.Task;
            }
            else if (!holdFirst)
            {
                Interlocked.Increment(ref _seen);
            }

            if (work == failOn)
            {
                throw new InvalidOperationException("boom");
            }

            Ran.Enqueue(work);
        }

        protected override void OnFailed(int work, Exception exception) => Failed.Enqueue(work);

        protected override void OnDropped(int work) => Dropped.Enqueue(work);
    }
}
