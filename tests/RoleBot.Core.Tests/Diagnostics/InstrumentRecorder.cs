using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace RoleBot.Core.Tests.Diagnostics;

/// <summary>Records one instrument's measurements from one service provider's meters, so parallel tests do not see each other's.</summary>
internal sealed class InstrumentRecorder : IDisposable
{
    private readonly MeterListener listener = new();

    public InstrumentRecorder(IMeterFactory scope, string instrumentName)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == instrumentName && ReferenceEquals(instrument.Meter.Scope, scope))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) => Record(value, tags));
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) => Record(value, tags));
        listener.Start();
    }

    public ConcurrentQueue<(double Value, IReadOnlyDictionary<string, string?> Tags)> Measurements { get; } = new();

    public double Sum(string tag, string value) =>
        Measurements.Where(m => m.Tags.TryGetValue(tag, out var v) && v == value).Sum(m => m.Value);

    public void Dispose() => listener.Dispose();

    private void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, string?>();
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value?.ToString();
        }

        Measurements.Enqueue((value, copy));
    }
}
