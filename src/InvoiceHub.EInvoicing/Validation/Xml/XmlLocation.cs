using System.Text;
using System.Xml.Linq;

namespace InvoiceHub.EInvoicing.Validation.Xml;

/// <summary>Builds the XPath of an element (with positions among same-named siblings), only when a finding needs it.</summary>
internal static class XmlLocation
{
    public static string Of(XElement element)
    {
        var steps = new List<string>();
        for (var current = element; current is not null; current = current.Parent)
        {
            var name = Ns.Prefixed(current.Name);
            if (current.Parent is null)
            {
                steps.Add(name);
                break;
            }

            var position = 1;
            var count = 0;
            foreach (var sibling in current.Parent.Elements(current.Name))
            {
                count++;
                if (sibling == current)
                {
                    position = count;
                }
            }

            steps.Add(count > 1 || position > 1 ? $"{name}[{position}]" : name);
        }

        var builder = new StringBuilder();
        for (var i = steps.Count - 1; i >= 0; i--)
        {
            builder.Append('/').Append(steps[i]);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The XPath of an invoice line as the model-based rules write it: the line always carries its position
    /// (<c>cac:InvoiceLine[1]</c>), so a finding's location does not depend on which rule found it.
    /// </summary>
    public static string Line(XElement line)
    {
        if (line.Parent is not { } parent)
        {
            return Of(line);
        }

        var position = 1;
        foreach (var sibling in parent.Elements(line.Name))
        {
            if (sibling == line)
            {
                break;
            }

            position++;
        }

        return $"{Of(parent)}/{Ns.Prefixed(line.Name)}[{position}]";
    }

    public static string Of(XElement element, string attribute) => Of(element) + "/@" + attribute;
}
