using System.Collections;
using System.Reflection;
using InvoiceHub.EInvoicing.Model;

namespace InvoiceHub.EInvoicing.Tests;

/// <summary>Lists the paths where two model graphs differ, so a failing comparison says which business term differs.</summary>
public static class ModelDiff
{
    public static List<string> Compare(object? expected, object? actual)
    {
        var differences = new List<string>();
        Walk("invoice", expected, actual, differences);
        return differences;
    }

    private static void Walk(string path, object? expected, object? actual, List<string> differences)
    {
        if (expected is null || actual is null)
        {
            if (!Equals(expected, actual))
            {
                differences.Add($"{path}: <{expected}> vs <{actual}>");
            }

            return;
        }

        var type = expected.GetType();
        if (type != actual.GetType())
        {
            differences.Add($"{path}: type {type.Name} vs {actual.GetType().Name}");
            return;
        }

        if (IsLeaf(type))
        {
            if (!Equals(expected, actual))
            {
                differences.Add($"{path}: <{expected}> vs <{actual}>");
            }

            return;
        }

        if (expected is IEnumerable expectedItems && actual is IEnumerable actualItems)
        {
            var left = expectedItems.Cast<object?>().ToList();
            var right = actualItems.Cast<object?>().ToList();
            if (left.Count != right.Count)
            {
                differences.Add($"{path}: {left.Count} items vs {right.Count}");
            }

            for (var i = 0; i < Math.Min(left.Count, right.Count); i++)
            {
                Walk($"{path}[{i}]", left[i], right[i], differences);
            }

            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")
            {
                Walk($"{path}.{property.Name}", property.GetValue(expected), property.GetValue(actual), differences);
            }
        }
    }

    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateOnly)
        || type == typeof(Money) || type == typeof(Quantity) || type == typeof(Identifier) || type == typeof(BinaryObject)
        || type == typeof(DocumentFormat);
}
