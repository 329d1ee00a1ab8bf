using System.Collections.Concurrent;
using InvoiceHub.Invoices.Contracts;

namespace InvoiceHub.Invoices.Numbering;

/// <summary>One archiving at a time per tenant and direction on this node (the database's row lock still decides across nodes).</summary>
internal sealed class NumberingGate
{
    private readonly ConcurrentDictionary<(Guid, Direction), SemaphoreSlim> _gates = new();

    public async Task<IDisposable> EnterAsync(Guid tenantId, Direction direction, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd((tenantId, direction), _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
