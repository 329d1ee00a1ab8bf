using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace InvoiceHub.EInvoicing.Model;

/// <summary>An immutable list compared by its items, so model records stay structurally equal.</summary>
/// <remarks>Plain <c>IReadOnlyList</c> would make two identical invoices unequal (reference equality).</remarks>
[SuppressMessage("Design", "CA1000", Justification = "Empty and From belong on the list type, like ImmutableArray<T>.Empty.")]
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    public ValueList(IEnumerable<T> items) => _items = [.. items];

    private ValueList(T[] items) => _items = items;

    public static ValueList<T> Empty { get; } = new([]);

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public static ValueList<T> From(List<T>? items) =>
        items is null || items.Count == 0 ? Empty : new ValueList<T>(items.ToArray());

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public bool Equals(ValueList<T>? other) =>
        other is not null && _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default);

    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => $"[{string.Join(", ", _items)}]";
}
