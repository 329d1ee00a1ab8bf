using System.Collections.Concurrent;
using InvoiceHub.Ocr.Native;

namespace InvoiceHub.Ocr.Engine;

/// <summary>
/// A fixed number of engines (one per core by default), created on first use and reused: initialising Tesseract
/// with three languages costs far more than a page, and one engine is not thread-safe.
/// </summary>
internal sealed class EnginePool : IDisposable
{
    private static readonly Lock _environmentLock = new();
    private static bool _environmentPrepared;

    private readonly string _languages;
    private readonly string? _dataPath;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentBag<TesseractEngine> _idle = [];
    private readonly ConcurrentBag<TesseractEngine> _all = [];

    public EnginePool(string languages, string? dataPath, int size, bool limitOpenMpThreads)
    {
        PrepareProcess(limitOpenMpThreads);
        _languages = languages;
        _dataPath = dataPath;
        Size = size;
        _slots = new SemaphoreSlim(size, size);
    }

    public int Size { get; }

    /// <summary>
    /// OMP_THREAD_LIMIT must be in the C environment before libgomp initialises, i.e. before the first Tesseract call
    /// loads libtesseract; later pools in the same process cannot change it.
    /// </summary>
    private static void PrepareProcess(bool limitOpenMpThreads)
    {
        lock (_environmentLock)
        {
            if (_environmentPrepared)
            {
                return;
            }

            if (limitOpenMpThreads)
            {
                _ = LibC.setenv("OMP_THREAD_LIMIT", "1", overwrite: 1);
            }

            _ = LeptonicaNative.setMsgSeverity(LeptonicaNative.SeverityNone);
            _environmentPrepared = true;
        }
    }

    /// <summary>Waits for a free engine; disposing the lease gives it back.</summary>
    public async Task<Lease> RentAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_idle.TryTake(out var engine))
            {
                engine = new TesseractEngine(_languages, _dataPath);
                _all.Add(engine);
            }

            return new Lease(this, engine);
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    /// <summary>One engine, held by one page at a time.</summary>
    public sealed class Lease(EnginePool pool, TesseractEngine engine) : IDisposable
    {
        private bool _returned;

        public TesseractEngine Engine => engine;

        public void Dispose()
        {
            if (!_returned)
            {
                _returned = true;
                pool._idle.Add(engine);
                pool._slots.Release();
            }
        }
    }

    public void Dispose()
    {
        foreach (var engine in _all)
        {
            engine.Dispose();
        }

        _slots.Dispose();
    }
}
